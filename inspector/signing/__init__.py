"""Minutes signed digitally for the archive: PDF/A export, PAdES signatures, verification.

Modules: `blocks` (signature block positions read from the rendered PDF), `pdfa` (PDF/A-2b export
and its checks), `sign` (pyHanko signing with a PKCS#12 file or a PKCS#11 token), `verify`
(signature validation and a plain verdict).
"""
