from Crypto.PublicKey import RSA, DSA
from Cryptodome.PublicKey import RSA as RSAX
from Crypto.PublicKey import ElGamal
from Crypto import Random

KEY_BITS = 3072


def keys(bits):
    # ruleid: python-pycryptodome-pk-generate -> RSA-2048 function=keygen
    key = RSA.generate(2048)
    # ruleid: python-pycryptodome-pk-generate -> RSA-1024
    weak = RSA.generate(1024, Random.new().read)
    # ruleid: python-pycryptodome-pk-generate -> RSA-3072
    strong = RSAX.generate(bits=KEY_BITS, e=65537)
    # ruleid: python-pycryptodome-pk-generate -> RSA unresolved=size
    unknown = RSA.generate(bits)
    # ruleid: python-pycryptodome-pk-generate -> DSA-2048
    dsa = DSA.generate(2048)
    # ruleid: python-pycryptodome-pk-generate -> ElGamal-1024
    elg = ElGamal.generate(1024, Random.new().read)
    # ok: python-pycryptodome-pk-generate
    imported = RSA.import_key(open("key.pem").read())
    # ok: python-pycryptodome-pk-generate
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key, weak, strong, unknown, dsa, elg, imported, other
