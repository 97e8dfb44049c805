using System;
using System.IO;
using System.Security.Cryptography;
using Crypto = System.Security.Cryptography;

namespace Samples.Symmetric
{
    public class AesSamples
    {
        private const int KeyBits = 256;

        public byte[] EncryptCbc(byte[] key, byte[] iv, byte[] plain)
        {
            // ruleid: csharp-dotnet-aes -> AES-CBC function=encrypt
            using var aes = Aes.Create();
            aes.Key = key;
            aes.IV = iv;
            using var encryptor = aes.CreateEncryptor();
            return encryptor.TransformFinalBlock(plain, 0, plain.Length);
        }

        public byte[] EncryptEcb(byte[] key, byte[] plain)
        {
            // ruleid: csharp-dotnet-aes -> AES-128-ECB
            using (var aes = Aes.Create())
            {
                aes.KeySize = 128;
                aes.Mode = CipherMode.ECB;
                aes.Padding = PaddingMode.PKCS7;
                return aes.CreateEncryptor(key, null).TransformFinalBlock(plain, 0, plain.Length);
            }
        }

        public void Managed()
        {
            // ruleid: csharp-dotnet-aes -> AES-256-CBC mode=cbc
            var managed = new AesManaged { KeySize = KeyBits, Mode = CipherMode.CBC, Padding = PaddingMode.PKCS7 };
            // ruleid: csharp-dotnet-aes -> AES-CBC
            AesCryptoServiceProvider csp = new AesCryptoServiceProvider();
            // ruleid: csharp-dotnet-aes -> AES-192-CBC
            var cng = new System.Security.Cryptography.AesCng();
            cng.KeySize = 192;
            // ruleid: csharp-dotnet-aes -> AES-256-CBC
            RijndaelManaged rijndael = new RijndaelManaged();
            rijndael.KeySize = KeyBits;
            rijndael.Mode = CipherMode.CBC;
            // ruleid: csharp-dotnet-aes -> AES-ECB
            Aes fq = Crypto.Aes.Create();
            fq.Mode = CipherMode.ECB;
            // ruleid: csharp-dotnet-aes -> AES-CBC
            var r = Rijndael.Create();
        }

        public Aes Field(int bits)
        {
            // ruleid: csharp-dotnet-aes -> AES-CBC unresolved=size
            var aes = Aes.Create();
            aes.KeySize = bits;
            return aes;
        }

        private Aes _cipher;

        public void Field()
        {
            // ruleid: csharp-dotnet-aes -> AES-128-ECB
            this._cipher = Aes.Create();
            this._cipher.KeySize = 128;
            _cipher.Mode = CipherMode.ECB;
        }

        public void NotAes()
        {
            // ok: csharp-dotnet-aes
            var gcm = new AesGcm(new byte[32]);
            // ok: csharp-dotnet-aes
            var des = TripleDES.Create();
            // ok: csharp-dotnet-aes
            var mine = MyAes.Create();
            // ok: csharp-dotnet-aes
            string note = "Aes.Create() is the factory";
        }
    }
}
