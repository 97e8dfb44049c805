const JwtStrategy = require("passport-jwt").Strategy;
const { ExtractJwt } = require("passport-jwt");
import { Strategy } from "passport-jwt";

const opts = {
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: process.env.JWT_SECRET,
  algorithms: ["HS512"],
};

// ruleid: javascript-passport-jwt -> HMAC-SHA-512 function=verify
passport.use(new JwtStrategy(opts, (payload, done) => done(null, payload)));
// ruleid: javascript-passport-jwt -> ECDSA-SHA-256
passport.use("ec", new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey, algorithms: ["ES256"] }, verify));
// ruleid: javascript-passport-jwt -> unknown
passport.use("any", new JwtStrategy({ jwtFromRequest: ExtractJwt.fromUrlQueryParameter("token"), secretOrKey: secret }, verify));
// ok: javascript-passport-jwt
passport.use(new LocalStrategy((username, password, done) => done(null, false)));
