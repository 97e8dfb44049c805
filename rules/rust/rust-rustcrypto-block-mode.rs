use aes::cipher::{block_padding::Pkcs7, BlockDecryptMut, BlockEncryptMut, KeyIvInit, StreamCipher};
use aes::{Aes128, Aes256};
use block_modes::{BlockMode, Cbc, Ecb};
use block_modes::block_padding::{NoPadding, Pkcs7 as OldPkcs7};
use ctr::Ctr128BE;
use cbc::{Decryptor, Encryptor};

type Aes128CbcEnc = cbc::Encryptor<aes::Aes128>;
type Aes256CbcDec = cbc::Decryptor<Aes256>;
type Aes128Ctr64LE = ctr::Ctr64LE<aes::Aes128>;
type Aes128Cbc = Cbc<Aes128, OldPkcs7>;
type DesEcb = Ecb<des::Des, NoPadding>;

fn modes(key: &[u8], iv: &[u8], buf: &mut [u8]) {
    // ruleid: rust-rustcrypto-block-mode -> AES-128-CBC function=encrypt
    let ct = Aes128CbcEnc::new(key.into(), iv.into()).encrypt_padded_vec_mut::<Pkcs7>(buf);
    // ruleid: rust-rustcrypto-block-mode -> AES-256-CBC
    let pt = Aes256CbcDec::new_from_slices(key, iv).unwrap();
    // ruleid: rust-rustcrypto-block-mode -> AES-128-CBC
    let direct = cbc::Encryptor::<aes::Aes128>::new(key.into(), iv.into());
    // ruleid: rust-rustcrypto-block-mode -> AES-256-ECB
    let ecb = ecb::Encryptor::<Aes256>::new(key.into());
    // ruleid: rust-rustcrypto-block-mode -> 3DES-168-CBC
    let tdes = cbc::Decryptor::<des::TdesEde3>::new_from_slices(key, iv)?;
    // ruleid: rust-rustcrypto-block-mode -> AES-128-CTR
    let mut ctr = Ctr128BE::<Aes128>::new(key.into(), iv.into());
    // ruleid: rust-rustcrypto-block-mode -> AES-128-CTR
    let mut ctr64 = Aes128Ctr64LE::new(key.into(), iv.into());
    // ruleid: rust-rustcrypto-block-mode -> AES-128-CFB128
    let cfb = cfb_mode::Encryptor::<Aes128>::new_from_slices(key, iv).unwrap();
    // ruleid: rust-rustcrypto-block-mode -> AES-128-CFB8
    let cfb8 = cfb8::Encryptor::<Aes128>::new(key.into(), iv.into());
    // ruleid: rust-rustcrypto-block-mode -> AES-256-OFB
    let mut ofb = ofb::Ofb::<Aes256>::new(key.into(), iv.into());
    // ruleid: rust-rustcrypto-block-mode -> AES-128-CBC
    let old = Aes128Cbc::new_from_slices(key, iv).unwrap();
    // ruleid: rust-rustcrypto-block-mode -> AES-128-CBC
    let old2 = Cbc::<Aes128, OldPkcs7>::new_var(key, iv).unwrap();
    // ruleid: rust-rustcrypto-block-mode -> DES-56-ECB
    let des_ecb = DesEcb::new_from_slices(key, Default::default()).unwrap();
    // ruleid: rust-rustcrypto-block-mode -> AES-256-CTR
    let aes_ctr = aes_ctr::Aes256Ctr::new(key.into(), iv.into());
    // ruleid: rust-rustcrypto-block-mode -> unknown unresolved=algorithm
    let elsewhere = crate::modes::Aes192CbcEnc::new(key.into(), iv.into());
    // ruleid: rust-rustcrypto-block-mode -> AES-128-CBC
    let mut mode = Encryptor::<Aes128>::new(&key, &iv);
    // ruleid: rust-rustcrypto-block-mode -> 3DES-168-CBC
    let dec = Decryptor::<des::TdesEde3>::new_from_slices(key, iv)?;
    // ok: rust-rustcrypto-block-mode
    let generic = Decryptor::<C>::new_from_slices(key, iv).ok()?;
    // ok: rust-rustcrypto-block-mode
    let ctrl = Ctrl::new(key);
    // ok: rust-rustcrypto-block-mode
    let plain = Aes128::new(key.into());
}
