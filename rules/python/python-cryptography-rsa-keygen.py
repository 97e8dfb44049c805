from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.rsa import generate_private_key as make_rsa

RSA_BITS = 4096


def keys(bits):
    # ruleid: python-cryptography-rsa-keygen -> RSA-2048 function=keygen
    a = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    # ruleid: python-cryptography-rsa-keygen -> RSA-1024
    b = rsa.generate_private_key(
        public_exponent=65537,
        key_size=1024,
        backend=default_backend(),
    )
    # ruleid: python-cryptography-rsa-keygen -> RSA-4096
    c = make_rsa(public_exponent=65537, key_size=RSA_BITS)
    # ruleid: python-cryptography-rsa-keygen -> RSA unresolved=size
    d = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    # ruleid: python-cryptography-rsa-keygen -> RSA-3072
    g = rsa.generate_private_key(65537, 3072, default_backend())
    # ok: python-cryptography-rsa-keygen
    e = ec.generate_private_key(ec.SECP256R1())
    # ok: python-cryptography-rsa-keygen
    f = dsa.generate_private_key(key_size=2048)
    return a, b, c, d, e, f
