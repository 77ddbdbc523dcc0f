package io.synergos.ops.pki;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A federation's certificate authority: the root every node trusts, which issues each node's key and certificate
 * (its {@link NodeKit}). Its directory holds {@code ca.p12} (the CA's private key and certificate), {@code ca.pem} (the
 * certificate alone, to hand out) and {@code ca.password}; keep it with the federation's operator, offline if possible.
 * Keys are EC P-256, signatures ECDSA with SHA-256.
 */
public final class CertificateAuthority {

    /** How long a CA is valid unless told otherwise. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(3650);

    private static final String ALIAS = "ca";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final PrivateKey key;
    private final X509Certificate certificate;

    private CertificateAuthority(Path dir, PrivateKey key, X509Certificate certificate) {
        this.dir = dir;
        this.key = key;
        this.certificate = certificate;
    }

    /** Creates a CA named {@code name} in {@code dir}, which must not hold one already. */
    public static CertificateAuthority create(Path dir, String name, Duration validity) {
        if (Files.exists(dir.resolve("ca.p12"))) {
            throw new IllegalArgumentException(dir + " already holds a certificate authority (ca.p12); "
                    + "choose another directory or use it with --ca");
        }
        try {
            KeyPair pair = newKeyPair();
            Instant now = Instant.now();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, name)
                    .addRDN(BCStyle.CN, name + " CA").build();
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(validity)), subject, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate certificate = sign(builder, pair.getPrivate());
            Files.createDirectories(dir);
            String password = Secrets.randomPassword();
            Secrets.writePrivate(dir.resolve("ca.password"), password + "\n");
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, pair.getPrivate(), password.toCharArray(), new X509Certificate[] {certificate});
            try (OutputStream out = Secrets.createPrivate(dir.resolve("ca.p12"))) {
                store.store(out, password.toCharArray());
            }
            Files.writeString(dir.resolve("ca.pem"), Pem.certificate(certificate));
            return new CertificateAuthority(dir, pair.getPrivate(), certificate);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot create a certificate authority: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the certificate authority to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Opens the CA in {@code dir}. */
    public static CertificateAuthority open(Path dir) {
        Path file = dir.resolve("ca.p12");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(dir + " holds no certificate authority (no ca.p12); create one with "
                    + "./synergos certs ca --dir " + dir);
        }
        try (InputStream in = Files.newInputStream(file)) {
            char[] password = Files.readString(dir.resolve("ca.password")).trim().toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return new CertificateAuthority(dir, (PrivateKey) store.getKey(ALIAS, password),
                    (X509Certificate) store.getCertificate(ALIAS));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open the certificate authority in " + dir + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the certificate authority in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Opens the CA in {@code dir}, creating it first (named {@code name}) when there is none. */
    public static CertificateAuthority openOrCreate(Path dir, String name) {
        return Files.isRegularFile(dir.resolve("ca.p12")) ? open(dir) : create(dir, name, DEFAULT_VALIDITY);
    }

    public Path dir() {
        return dir;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * Issues a key and a certificate for one node (or an operator's client) and writes its kit to {@code kitDir}; see
     * {@link NodeKit}. {@code request} says its name, role, host names and addresses, and validity.
     */
    public NodeKit issue(KitRequest request, Path kitDir) {
        try {
            KeyPair pair = newKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.O, organisation())
                    .addRDN(BCStyle.OU, request.role())
                    .addRDN(BCStyle.CN, request.name()).build();
            List<GeneralName> names = new ArrayList<>();
            for (String dns : request.dnsNames()) {
                names.add(new GeneralName(GeneralName.dNSName, dns));
            }
            for (String ip : request.ipAddresses()) {
                if (!ip.matches("\\d{1,3}(\\.\\d{1,3}){3}") && !ip.matches("[0-9A-Fa-f:]+:[0-9A-Fa-f:]*")) {
                    throw new IllegalArgumentException("'" + ip + "' is not an IP address; give host names with --dns");
                }
                names.add(new GeneralName(GeneralName.iPAddress, ip));
            }
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, serial(),
                    Date.from(request.notBefore()), Date.from(request.notAfter()), subject, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                            new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(pair.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(certificate));
            if (!names.isEmpty()) {
                builder.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(names.toArray(GeneralName[]::new)));
            }
            X509Certificate issued = sign(builder, key);
            return NodeKit.write(kitDir, pair.getPrivate(), issued, certificate);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue a certificate for " + request.name() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the kit of " + request.name() + " to " + kitDir + ": "
                    + e.getMessage(), e);
        }
    }

    private String organisation() {
        String dn = certificate.getSubjectX500Principal().getName();
        return new X500Name(dn).getRDNs(BCStyle.O)[0].getFirst().getValue().toString();
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer)));
    }
}
