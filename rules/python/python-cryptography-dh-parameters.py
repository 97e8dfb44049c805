from cryptography.hazmat.primitives.asymmetric import dh


def params():
    # ruleid: python-cryptography-dh-parameters -> FFDH-2048 function=keygen
    p = dh.generate_parameters(generator=2, key_size=2048)
    # ruleid: python-cryptography-dh-parameters -> FFDH-1024
    weak = dh.generate_parameters(generator=5, key_size=1024)
    # ruleid: python-cryptography-dh-parameters -> FFDH-3072
    positional = dh.generate_parameters(2, 3072)
    # ok: python-cryptography-dh-parameters
    other = dsa.generate_parameters(key_size=2048)
    return p.generate_private_key(), weak, other
