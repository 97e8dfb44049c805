from passlib.hash import bcrypt, md5_crypt, pbkdf2_sha256, sha512_crypt
from passlib import hash as passlib_hash


def store(password, stored):
    # ruleid: python-passlib-hash -> PBKDF2-SHA-256 function=keyderive
    h = pbkdf2_sha256.hash(password)
    # ruleid: python-passlib-hash -> sha512crypt note=5000_iterations
    s = sha512_crypt.using(rounds=5000).hash(password)
    # ruleid: python-passlib-hash -> bcrypt
    ok = bcrypt.verify(password, stored)
    # ruleid: python-passlib-hash -> md5crypt
    legacy = md5_crypt.encrypt(password)
    # ruleid: python-passlib-hash -> SHA-1
    ldap = passlib_hash.ldap_sha1.hash(password)
    # ok: python-passlib-hash
    digest = hashlib.sha256(password).hexdigest()
    # ok: python-passlib-hash
    other = mylib.hash.thing.hash(password)
    return h, s, ok, legacy, ldap, digest, other
