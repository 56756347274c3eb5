;; STREAM-style memory kernels in wasm SIMD over this module's own memory (the caller grows it and
;; lays out the arrays). Byte offsets and lengths are multiples of 64: each iteration moves four v128s.
(module
  (memory (export "memory") 1)

  ;; copy: dst[i] = src[i] for `bytes` bytes.
  (func (export "copy") (param $src i32) (param $dst i32) (param $bytes i32)
    (local $i i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $bytes)))
        (v128.store offset=0 (i32.add (local.get $dst) (local.get $i)) (v128.load offset=0 (i32.add (local.get $src) (local.get $i))))
        (v128.store offset=16 (i32.add (local.get $dst) (local.get $i)) (v128.load offset=16 (i32.add (local.get $src) (local.get $i))))
        (v128.store offset=32 (i32.add (local.get $dst) (local.get $i)) (v128.load offset=32 (i32.add (local.get $src) (local.get $i))))
        (v128.store offset=48 (i32.add (local.get $dst) (local.get $i)) (v128.load offset=48 (i32.add (local.get $src) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 64)))
        (br $next))))

  ;; triad: a[i] = b[i] + q * c[i] for `bytes` bytes of each array.
  (func (export "triad") (param $a i32) (param $b i32) (param $c i32) (param $bytes i32) (param $q f32)
    (local $i i32) (local $scalar v128)
    (local.set $scalar (f32x4.splat (local.get $q)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $bytes)))
        (v128.store offset=0 (i32.add (local.get $a) (local.get $i))
          (f32x4.add (v128.load offset=0 (i32.add (local.get $b) (local.get $i)))
                     (f32x4.mul (local.get $scalar) (v128.load offset=0 (i32.add (local.get $c) (local.get $i))))))
        (v128.store offset=16 (i32.add (local.get $a) (local.get $i))
          (f32x4.add (v128.load offset=16 (i32.add (local.get $b) (local.get $i)))
                     (f32x4.mul (local.get $scalar) (v128.load offset=16 (i32.add (local.get $c) (local.get $i))))))
        (v128.store offset=32 (i32.add (local.get $a) (local.get $i))
          (f32x4.add (v128.load offset=32 (i32.add (local.get $b) (local.get $i)))
                     (f32x4.mul (local.get $scalar) (v128.load offset=32 (i32.add (local.get $c) (local.get $i))))))
        (v128.store offset=48 (i32.add (local.get $a) (local.get $i))
          (f32x4.add (v128.load offset=48 (i32.add (local.get $b) (local.get $i)))
                     (f32x4.mul (local.get $scalar) (v128.load offset=48 (i32.add (local.get $c) (local.get $i))))))
        (local.set $i (i32.add (local.get $i) (i32.const 64)))
        (br $next)))))
