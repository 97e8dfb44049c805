#include <cryptopp/sha3.h>
#include <cryptopp/blake2.h>

using namespace CryptoPP;

std::string digest(const std::string &msg) {
    std::string out;
    // ruleid: cpp-cryptopp-hash -> SHA3-256 function=digest
    CryptoPP::SHA3_256 sha3;
    // ruleid: cpp-cryptopp-hash -> Keccak-256
    Keccak_256 keccak;
    // ruleid: cpp-cryptopp-hash -> BLAKE2b-512
    BLAKE2b blake;
    // ruleid: cpp-cryptopp-hash -> SHA3-512
    StringSource ss(msg, true, new HashFilter(*new SHA3_512, new HexEncoder(new StringSink(out))));
    // ruleid: cpp-cryptopp-hash -> Whirlpool
    Whirlpool().CalculateDigest(nullptr, nullptr, 0);
    // ok: cpp-cryptopp-hash
    sha3.Update(reinterpret_cast<const byte *>(msg.data()), msg.size());
    // ok: cpp-cryptopp-hash
    HexEncoder encoder(new StringSink(out));
    return out;
}
