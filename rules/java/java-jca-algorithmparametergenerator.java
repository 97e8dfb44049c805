import java.security.AlgorithmParameterGenerator;
import java.security.AlgorithmParameters;
import javax.crypto.spec.DHGenParameterSpec;

class ParameterGenerators {
    void generate(String alg) throws Exception {
        // ruleid: java-jca-algorithmparametergenerator -> FFDH function=keygen
        AlgorithmParameterGenerator dh = AlgorithmParameterGenerator.getInstance("DiffieHellman");
        // ruleid: java-jca-algorithmparametergenerator -> DSA
        AlgorithmParameterGenerator dsa = AlgorithmParameterGenerator.getInstance("DSA", "SUN");
        // ruleid: java-jca-algorithmparametergenerator -> unknown unresolved=algorithm
        AlgorithmParameterGenerator any = AlgorithmParameterGenerator.getInstance(alg);
        // ok: java-jca-algorithmparametergenerator
        AlgorithmParameters params = AlgorithmParameters.getInstance("DH");
        // ok: java-jca-algorithmparametergenerator
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("DH");
    }
}
