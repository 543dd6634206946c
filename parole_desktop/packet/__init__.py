"""The packet layer: builds, signs and verifies the PDF packet of a request (or a family group).

Import what you need from its modules (``packet.build.build_packet``, ``packet.model.PacketInput``,
``packet.verify.verify_packet``, ...). This file imports nothing: the sandbox child that reads an untrusted
file (``python -m parole_desktop.packet.child``) loads this package first, and every module it does not need
would cost each file it reads about 70 ms of start-up. ReportLab, pikepdf and pyHanko are imported only when
a function that uses them runs.
"""
