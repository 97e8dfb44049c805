package token

import (
	crand "crypto/rand"
	"math/rand"
	mrand "math/rand/v2"

	exprand "golang.org/x/exp/rand"
	"time"
)

const letters = "abcdefghijklmnopqrstuvwxyz0123456789"

func SessionID(n int) string {
	b := make([]byte, n)
	for i := range b {
		// ruleid: go-math-rand -> Non-cryptographic-PRNG function=generate note=non-cryptographic_random_generator
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

func Nonce() []byte {
	nonce := make([]byte, 12)
	// ruleid: go-math-rand -> Non-cryptographic-PRNG
	rand.Read(nonce)
	return nonce
}

func Seeded() *rand.Rand {
	// ruleid: go-math-rand -> Non-cryptographic-PRNG
	rand.Seed(time.Now().UnixNano())
	// ruleid: go-math-rand -> Non-cryptographic-PRNG
	return rand.New(rand.NewSource(time.Now().UnixNano()))
}

func Shuffled(xs []int) {
	// ruleid: go-math-rand -> Non-cryptographic-PRNG
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	// ruleid: go-math-rand -> Non-cryptographic-PRNG
	_ = rand.Int63()
}

func Secure() []byte {
	key := make([]byte, 32)
	// ok: go-math-rand
	crand.Read(key)
	// ok: go-math-rand
	_ = crand.Reader
	return key
}

func Pick(n int) int {
	// ruleid: go-math-rand -> Non-cryptographic-PRNG
	return mrand.IntN(n)
}

func PickSecure() string {
	// ok: go-math-rand
	return crand.Text()
}

func Experimental() uint64 {
	// ruleid: go-math-rand -> Non-cryptographic-PRNG
	return exprand.Uint64()
}
