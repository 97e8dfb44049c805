const { expressjwt } = require("express-jwt");
const jwt = require("express-jwt");
import expressJwt from "express-jwt";

const ALGORITHMS = ["RS256"];

app.use(
  // ruleid: javascript-express-jwt -> HMAC-SHA-256 function=verify
  expressjwt({ secret: process.env.JWT_SECRET, algorithms: ["HS256"] }).unless({ path: ["/login"] }),
);
// ruleid: javascript-express-jwt -> RSA-PKCS1-1.5-SHA-256
app.use(jwt({ secret: jwksRsa.expressJwtSecret({ jwksUri }), audience, issuer, algorithms: ALGORITHMS }));
// ruleid: javascript-express-jwt -> unknown
export const isAuthorized = () => expressJwt({ secret: publicKey });
// ok: javascript-express-jwt
const token = jsonwebtoken.sign({ sub: 1 }, secret, { algorithm: "HS256" });
