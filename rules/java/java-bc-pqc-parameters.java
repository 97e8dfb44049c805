import org.bouncycastle.pqc.crypto.mlkem.MLKEMParameters;
import org.bouncycastle.pqc.jcajce.spec.MLDSAParameterSpec;
import java.security.spec.NamedParameterSpec;

class PqcParameters {
    void parameters(KeyPairGenerator kpg) throws Exception {
        // ruleid: java-bc-pqc-parameters -> ML-KEM-768 function=other
        MLKEMParameters p = MLKEMParameters.ml_kem_768;
        // ruleid: java-bc-pqc-parameters -> ML-DSA-65
        kpg.initialize(MLDSAParameterSpec.ml_dsa_65, new SecureRandom());
        // ruleid: java-bc-pqc-parameters -> SLH-DSA-SHA2-128s
        SLHDSAParameters s = SLHDSAParameters.sha2_128s;
        // ruleid: java-bc-pqc-parameters -> ML-KEM-1024
        kpg.initialize(NamedParameterSpec.ML_KEM_1024);
        // ruleid: java-bc-pqc-parameters -> Kyber768
        KyberParameters old = KyberParameters.kyber768;
        // ok: java-bc-pqc-parameters
        String name = MLKEMParameters.class.getName();
        // ok: java-bc-pqc-parameters
        Object other = SomeParameters.ml_kem_768;
    }
}
