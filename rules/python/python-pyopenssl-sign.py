from OpenSSL import crypto

DIGEST = "sha512"


def issue(pkey, cert, req, data, digest):
    # ruleid: python-pyopenssl-sign -> SHA-256 function=sign
    cert.sign(pkey, "sha256")
    # ruleid: python-pyopenssl-sign -> MD5
    req.sign(pkey, 'md5')
    # ruleid: python-pyopenssl-sign -> SHA-1
    signature = crypto.sign(pkey, data, "sha1")
    # ruleid: python-pyopenssl-sign -> SHA-512
    other = crypto.sign(pkey, data, DIGEST)
    # ruleid: python-pyopenssl-sign -> unknown unresolved=algorithm
    dynamic = crypto.sign(pkey, data, digest)
    # ok: python-pyopenssl-sign
    token = jws.sign(data, "secret")
    # ok: python-pyopenssl-sign
    crypto.verify(cert, signature, data, "sha256")
    return signature, other, dynamic, token
