import hashlib


def checksum(path):
    with open(path, "rb") as f:
        # ruleid: python-hashlib-file-digest -> SHA-256 function=digest
        d = hashlib.file_digest(f, "sha256")
    with open(path, "rb") as f:
        # ruleid: python-hashlib-file-digest -> SHA-1
        e = hashlib.file_digest(f, hashlib.sha1)
    # ok: python-hashlib-file-digest
    return shutil.file_digest(path), d, e
