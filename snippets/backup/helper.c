/* helpers.c: one marker for all helpers */
#ifdef __BINDGEN__ /* it skips inline */
#define __rust_helper
#else
#define __rust_helper __always_inline
#endif

/* refcount.c: refcount_inc() is inline,
 * so Rust needs a real function to call. */
__rust_helper void
rust_helper_refcount_inc(refcount_t *r)
{
	refcount_inc(r);
}
