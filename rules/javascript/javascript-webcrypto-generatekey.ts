type KeyAlgorithm = RsaHashedKeyGenParams | EcKeyGenParams | AesKeyGenParams;

const RSA_PARAMS: RsaHashedKeyGenParams = {
  name: "RSA-OAEP",
  modulusLength: 3072,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: "SHA-256",
};

export async function createKeys(params: KeyAlgorithm): Promise<unknown[]> {
  // ruleid: javascript-webcrypto-generatekey -> RSA-OAEP-3072 function=keygen
  const rsa = (await crypto.subtle.generateKey(RSA_PARAMS, true, ["encrypt", "decrypt"])) as CryptoKeyPair;
  // ruleid: javascript-webcrypto-generatekey -> ECDSA-P-256
  const ec = await window.crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" } satisfies EcKeyGenParams, false, ["sign"]);
  // ruleid: javascript-webcrypto-generatekey -> AES-256-GCM
  const aes = <CryptoKey>await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 } as AesKeyGenParams, true, ["encrypt"]);
  // ruleid: javascript-webcrypto-generatekey -> unknown unresolved=algorithm
  const chosen = await crypto.subtle.generateKey(params, true, ["sign"]);
  // ok: javascript-webcrypto-generatekey
  const imported = await crypto.subtle.importKey("raw", new Uint8Array(32), "AES-GCM", false, ["encrypt"]);
  return [rsa, ec, aes, chosen, imported];
}
