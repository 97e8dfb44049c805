from cryptography.hazmat.primitives.asymmetric import dh, dsa, ec

# Generate some parameters. These can be reused.
parameters = dh.generate_parameters(generator=2, key_size=2048)
# ruleid: python-cryptography-parameters-keygen -> FFDH-2048 function=keygen
server_private_key = parameters.generate_private_key()


def ephemeral():
    params = dh.generate_parameters(2, 3072)
    # ruleid: python-cryptography-parameters-keygen -> FFDH-3072
    return params.generate_private_key()


def dsa_key():
    params = dsa.generate_parameters(key_size=2048)
    # ruleid: python-cryptography-parameters-keygen -> DSA-2048
    key = params.generate_private_key()
    # ruleid: python-cryptography-parameters-keygen -> DSA-2048
    params.generate_private_key()
    return key


def not_from_parameters(loaded, numbers):
    # ok: python-cryptography-parameters-keygen
    a = loaded.generate_private_key()
    # ok: python-cryptography-parameters-keygen
    b = ec.generate_private_key(ec.SECP256R1())
    params = numbers.parameters()
    # ok: python-cryptography-parameters-keygen
    c = params.generate_private_key()
    return a, b, c
