#include <cryptopp/hmac.h>
#include <cryptopp/sha.h>

using namespace CryptoPP;

std::string mac(const SecByteBlock &key, const std::string &msg) {
    std::string out;
    // ruleid: cpp-cryptopp-hmac -> HMAC-SHA-256 function=tag
    HMAC<SHA256> hmac(key, key.size());
    // ruleid: cpp-cryptopp-hmac -> HMAC-SHA-1
    CryptoPP::HMAC<CryptoPP::SHA1> legacy(key, key.size());
    // ruleid: cpp-cryptopp-hmac -> HMAC-SHA-512
    StringSource ss(msg, true, new HashFilter(*new HMAC<SHA512>(key, key.size()), new StringSink(out)));
    // ok: cpp-cryptopp-hmac
    hmac.Update(reinterpret_cast<const byte *>(msg.data()), msg.size());
    // ok: cpp-cryptopp-hmac
    std::vector<SHA256> hashes;
    return out;
}
