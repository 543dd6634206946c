"""The laptop-to-laptop exchange (issue #23): device identities and sealed objects.

A layer of its own between ``services/`` (which decides who may receive and author, from the trust
roster) and ``store/`` (which keeps this laptop's keys): it knows nothing of rosters or the UI.

* ``identity``: this laptop's public identity (an age X25519 recipient and an Ed25519 key), its
  fingerprint, and the signed enrolment an org admin lists in the roster.
* ``seal``: an object that leaves a vault — encrypted with age (the C2SP age format, via pyrage) to the
  recipients given, signed *inside* the encryption by the author device, padded so that sizes leak only a
  bucket. Opening checks the author against a directory the caller supplies; anything that fails is
  :class:`~parole_desktop.exchange.seal.Quarantined`, with the reason, never half-read.
* ``revisions``: a case's revision graph (three-way merge per field, conflicts a person settles).
* ``casemap``: a Case as the flat field map the graph works on, and back (people by uid, evidence by hash).
* ``objects``: what transports move (:class:`~parole_desktop.exchange.objects.SealedObject`) and the
  contract a vault offers them (``ObjectStore``, implemented by ``services/exchange.VaultObjects``).
"""
