from werkzeug.security import check_password_hash, generate_password_hash


def register(password, method_from_config):
    # ruleid: python-werkzeug-password-hash -> PBKDF2-SHA-256 function=keyderive
    a = generate_password_hash(password, method="pbkdf2:sha256")
    # ruleid: python-werkzeug-password-hash -> scrypt
    b = generate_password_hash(password, "scrypt")
    # ruleid: python-werkzeug-password-hash -> PBKDF2-SHA-256
    c = generate_password_hash(password, method="pbkdf2:sha256:600000", salt_length=16)
    # ruleid: python-werkzeug-password-hash -> SHA-1
    d = generate_password_hash(password, method="sha1")
    # ruleid: python-werkzeug-password-hash -> unknown
    e = generate_password_hash(password)
    # ruleid: python-werkzeug-password-hash -> unknown unresolved=algorithm
    f = generate_password_hash(password, method=method_from_config)
    # ok: python-werkzeug-password-hash
    ok = check_password_hash(a, password)
    return a, b, c, d, e, f, ok
