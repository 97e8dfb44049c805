import javax.net.ssl.SSLContext;

class Contexts {
    static final String PROTOCOL = "TLSv1.3";

    void contexts() throws Exception {
        // ruleid: java-jsse-sslcontext -> TLS-1.2
        SSLContext tls12 = SSLContext.getInstance("TLSv1.2");
        // ruleid: java-jsse-sslcontext -> TLS-1.0
        SSLContext old = SSLContext.getInstance("TLSv1");
        // ruleid: java-jsse-sslcontext -> SSL-3.0
        SSLContext ssl = SSLContext.getInstance("SSLv3");
        // ruleid: java-jsse-sslcontext -> TLS-1.3
        SSLContext tls13 = SSLContext.getInstance(PROTOCOL);
        // ruleid: java-jsse-sslcontext -> TLS
        SSLContext any = SSLContext.getInstance("TLS");
        // ok: java-jsse-sslcontext
        SSLContext def = SSLContext.getDefault();
    }
}
