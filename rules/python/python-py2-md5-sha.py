import md5
import sha


def legacy_digest(data):
    # ruleid: python-py2-md5-sha -> MD5 function=digest
    a = md5.new(data).hexdigest()
    # ruleid: python-py2-md5-sha -> SHA-1
    b = sha.new(data).digest()
    # ruleid: python-py2-md5-sha -> MD5
    c = md5.md5()
    # ok: python-py2-md5-sha
    d = MD5.new(data)
    # ok: python-py2-md5-sha
    e = hashlib.md5(data)
    return a, b, c, d, e
