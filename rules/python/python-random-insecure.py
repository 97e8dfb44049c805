import random
import secrets
import string
from random import choice, randint

ALPHABET = string.ascii_letters + string.digits


def make_token(length=32):
    # ruleid: python-random-insecure -> MT19937 function=generate
    return "".join(random.choice(ALPHABET) for _ in range(length))


def make_values():
    # ruleid: python-random-insecure -> MT19937
    salt = random.getrandbits(128).to_bytes(16, "big")
    # ruleid: python-random-insecure -> MT19937
    pin = randint(0, 9999)
    # ruleid: python-random-insecure -> MT19937
    iv = bytes(random.randint(0, 255) for _ in range(16))
    # ruleid: python-random-insecure -> MT19937
    nonce = random.randbytes(12)
    # ruleid: python-random-insecure -> MT19937
    x = random.random()
    # ruleid: python-random-insecure -> MT19937
    rng = random.Random(42)
    # ruleid: python-random-insecure -> MT19937
    pick = choice(["a", "b"])
    # ok: python-random-insecure
    token = secrets.token_hex(16)
    # ok: python-random-insecure
    safe = random.SystemRandom().randint(0, 9999)
    # ok: python-random-insecure
    sysrng = random.SystemRandom()
    # ok: python-random-insecure
    random.seed(1234)
    # ok: python-random-insecure
    n = secrets.randbelow(10)
    return salt, pin, iv, nonce, x, rng, pick, token, safe, sysrng, n

