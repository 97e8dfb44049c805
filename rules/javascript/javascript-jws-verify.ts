import jws from "jws";

export const publicKey: string = process.env.PUBLIC_KEY ?? "";

export const verify = (token: string): boolean =>
  // ruleid: javascript-jws-verify -> RSA-PKCS1-1.5-SHA-256 function=verify
  token ? (jws.verify as (token: string, alg: string, key: string) => boolean)(token, "RS256", publicKey) : false;
