import java.security.AlgorithmParameterGenerator;
import javax.crypto.spec.DHGenParameterSpec;

class ParameterGeneratorSizes {
    void generate(int bits) throws Exception {
        // ruleid: java-jca-algorithmparametergenerator -> FFDH-2048
        AlgorithmParameterGenerator dh = AlgorithmParameterGenerator.getInstance("DiffieHellman");
        dh.init(2048);
        DHGenParameterSpec genParameterSpec = new DHGenParameterSpec(3072, 256);
        // ruleid: java-jca-algorithmparametergenerator -> FFDH-3072
        AlgorithmParameterGenerator spec = AlgorithmParameterGenerator.getInstance("DH");
        spec.init(genParameterSpec);
        // ruleid: java-jca-algorithmparametergenerator -> DSA unresolved=size
        AlgorithmParameterGenerator dsa = AlgorithmParameterGenerator.getInstance("DSA");
        dsa.init(bits, new SecureRandom());
        KeyGenerator keys = KeyGenerator.getInstance("AES");
        // ok: java-jca-algorithmparametergenerator-init
        keys.init(256);
    }
}
