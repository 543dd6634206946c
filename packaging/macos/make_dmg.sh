#!/usr/bin/env bash
# Make a compressed, read-only .dmg holding "Parole Desktop.app" and an /Applications link.
#   packaging/macos/make_dmg.sh "build/package/dist/Parole Desktop.app" dist/Parole-Desktop-0.1.0-macos-arm64.dmg
# Run by packaging/build.py on macOS. NOT run on the machine this was written on (Linux only).
# Release builds should be signed and notarised first:
#   codesign --deep --force --options runtime --sign "Developer ID Application: …" "Parole Desktop.app"
#   xcrun notarytool submit out.dmg --keychain-profile … --wait && xcrun stapler staple out.dmg
set -euo pipefail
app="$1"
out="$2"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$out"
hdiutil create -volname "Parole Desktop" -srcfolder "$stage" -fs HFS+ -format UDZO -imagekey zlib-level=9 "$out"
