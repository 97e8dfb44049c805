from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives.asymmetric import dsa


def keys():
    # ruleid: python-cryptography-dsa-keygen -> DSA-2048 function=keygen
    key = dsa.generate_private_key(key_size=2048)
    # ruleid: python-cryptography-dsa-keygen -> DSA-1024
    params = dsa.generate_parameters(key_size=1024, backend=default_backend())
    # ruleid: python-cryptography-dsa-keygen -> DSA-3072
    positional = dsa.generate_private_key(3072, default_backend())
    # ok: python-cryptography-dsa-keygen
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key, params, rsa_key
