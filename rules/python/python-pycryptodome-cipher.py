from Crypto.Cipher import AES, DES, DES3, Blowfish
from Cryptodome.Cipher import AES as AESX
from Crypto.Cipher import CAST
import Crypto.Cipher.ARC2

MODE = AES.MODE_CBC


def encrypt(key, iv, nonce, data, mode_from_caller):
    # ruleid: python-pycryptodome-cipher -> AES-CBC mode=cbc function=encrypt
    cbc = AES.new(key, AES.MODE_CBC, iv)
    # ruleid: python-pycryptodome-cipher -> AES-GCM
    gcm = AES.new(key, AES.MODE_GCM, nonce=nonce)
    # ruleid: python-pycryptodome-cipher -> AES-ECB
    ecb = AESX.new(key, AESX.MODE_ECB).encrypt(data)
    # ruleid: python-pycryptodome-cipher -> AES-CBC
    named = AES.new(key, MODE, iv)
    # ruleid: python-pycryptodome-cipher -> AES-CTR
    kw = AES.new(key, mode=AES.MODE_CTR, nonce=nonce)
    # ruleid: python-pycryptodome-cipher -> AES-ECB
    pycrypto_default = AES.new(key)
    # ruleid: python-pycryptodome-cipher -> DES-56-CBC
    des = DES.new(key, DES.MODE_CBC, iv)
    # ruleid: python-pycryptodome-cipher -> 3DES mode=cbc
    tdes = DES3.new(key, DES3.MODE_CBC, iv)
    # ruleid: python-pycryptodome-cipher -> Blowfish-CBC
    bf = Blowfish.new(key, Blowfish.MODE_CBC, iv)
    # ruleid: python-pycryptodome-cipher -> CAST5 mode=ecb
    cast = CAST.new(key, CAST.MODE_ECB)
    # ruleid: python-pycryptodome-cipher -> RC2-CBC
    rc2 = Crypto.Cipher.ARC2.new(key, Crypto.Cipher.ARC2.MODE_CBC, iv)
    # ruleid: python-pycryptodome-cipher -> AES unresolved=mode
    dynamic = AES.new(key, mode_from_caller)
    # ruleid: python-pycryptodome-cipher -> AES-EAX
    eax = AES.new(key, AES.MODE_EAX)
    # ok: python-pycryptodome-cipher
    h = hmac.new(key, data, "sha256")
    # ok: python-pycryptodome-cipher
    mode = AES.MODE_OFB
    return cbc, gcm, ecb, named, kw, pycrypto_default, des, tdes, bf, cast, rc2, dynamic, eax, h, mode
