import { Module } from "@nestjs/common";
import { JwtModule } from "@nestjs/jwt";
import { readFileSync } from "fs";

const JWT_ALGORITHM = "ES256" as const;

@Module({
  imports: [
    // ruleid: typescript-nestjs-jwt-module -> HMAC-SHA-256 function=sign
    JwtModule.register({
      global: true,
      secret: process.env.JWT_SECRET,
      signOptions: { expiresIn: "60s" },
    }),
    // ruleid: typescript-nestjs-jwt-module -> RSA-PKCS1-1.5-SHA-256
    JwtModule.register({
      privateKey: readFileSync("keys/private.pem"),
      publicKey: readFileSync("keys/public.pem"),
      signOptions: { algorithm: "RS256", expiresIn: "1h" },
      verifyOptions: { algorithms: ["RS256"] },
    }),
    // ruleid: typescript-nestjs-jwt-module -> ECDSA-SHA-256
    JwtModule.register({ privateKey: readFileSync("ec.pem"), signOptions: { algorithm: JWT_ALGORITHM } }),
    // ok: typescript-nestjs-jwt-module
    ConfigModule.register({ algorithm: "RS256" }),
  ],
})
export class AuthModule {}
