package auth

import (
	"fmt"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var secret = []byte("change-me")

func Issue(sub string) (string, error) {
	claims := jwt.MapClaims{"sub": sub, "exp": time.Now().Add(time.Hour).Unix()}
	// ruleid: go-jwt-signing-method -> HMAC-SHA-256 function=sign
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return token.SignedString(secret)
}

func IssueRS(claims jwt.Claims, key any) (string, error) {
	// ruleid: go-jwt-signing-method -> RSA-PKCS1-1.5-SHA-256
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

func IssueES(claims jwt.Claims, key any) (string, error) {
	// ruleid: go-jwt-signing-method -> ECDSA-SHA-384
	method := jwt.SigningMethodES384
	// ruleid: go-jwt-signing-method -> RSA-PSS-SHA-256
	other := jwt.GetSigningMethod("PS256")
	_ = other
	return jwt.NewWithClaims(method, claims).SignedString(key)
}

func Parse(tokenString string) (*jwt.Token, error) {
	return jwt.Parse(tokenString, func(t *jwt.Token) (any, error) {
		// ok: go-jwt-signing-method
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected method %v", t.Header["alg"])
		}
		return secret, nil
	})
}

func IsHS(t *jwt.Token) bool {
	// ok: go-jwt-signing-method
	return t.Method == jwt.SigningMethodHS512
}
