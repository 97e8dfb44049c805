#include <stdlib.h>
#include <time.h>

void make_token(unsigned char *out, size_t n) {
    // ruleid: c-libc-rand -> Non-cryptographic-PRNG function=generate note=non-cryptographic
    srand((unsigned)time(NULL));
    for (size_t i = 0; i < n; i++)
        // ruleid: c-libc-rand -> Non-cryptographic-PRNG
        out[i] = (unsigned char)(rand() % 256);
}

long session_id(unsigned int *seed) {
    // ruleid: c-libc-rand -> Non-cryptographic-PRNG
    long id = random();
    // ruleid: c-libc-rand -> Non-cryptographic-PRNG
    id ^= rand_r(seed);
    // ruleid: c-libc-rand -> LCG-48
    srand48(42);
    // ruleid: c-libc-rand -> LCG-48
    id ^= lrand48();
    // ruleid: c-libc-rand -> LCG-48
    double d = drand48();
    // ok: c-libc-rand
    randombytes_buf(&id, sizeof id);
    // ok: c-libc-rand
    RAND_bytes((unsigned char *)&id, sizeof id);
    // ok: c-libc-rand
    int r = my_rand(seed);
    // ok: c-libc-rand
    return id + (long)d + r + RAND_MAX;
}
