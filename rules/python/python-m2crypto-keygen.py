from M2Crypto import DSA, RSA


def keys():
    # ruleid: python-m2crypto-keygen -> RSA-1024 function=keygen
    rsa = RSA.gen_key(1024, 65537)
    # ruleid: python-m2crypto-keygen -> RSA-2048
    strong = RSA.gen_key(2048, 65537, callback=lambda *args: None)
    # ruleid: python-m2crypto-keygen -> DSA-1024
    params = DSA.gen_params(1024)
    # ok: python-m2crypto-keygen
    loaded = RSA.load_key("key.pem")
    return rsa, strong, params, loaded
