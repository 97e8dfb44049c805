import java.security.AlgorithmParameters;

class Parameters {
    void params(byte[] encoded, String name) throws Exception {
        // ruleid: java-jca-algorithmparameters -> ECDSA function=other
        AlgorithmParameters ec = AlgorithmParameters.getInstance("EC");
        // ruleid: java-jca-algorithmparameters -> AES-GCM
        AlgorithmParameters gcm = AlgorithmParameters.getInstance("GCM");
        gcm.init(encoded);
        // ruleid: java-jca-algorithmparameters -> RSA-OAEP
        AlgorithmParameters oaep = AlgorithmParameters.getInstance("OAEP", "SunJCE");
        // ruleid: java-jca-algorithmparameters -> FFDH
        AlgorithmParameters dh = AlgorithmParameters.getInstance("DiffieHellman");
        // ruleid: java-jca-algorithmparameters -> unknown unresolved=algorithm
        AlgorithmParameters any = AlgorithmParameters.getInstance(name);
        // ok: java-jca-algorithmparameters
        AlgorithmParameterGenerator gen = AlgorithmParameterGenerator.getInstance("DH");
        // ok: java-jca-algorithmparameters
        AlgorithmParameters own = cipher.getParameters();
    }
}
