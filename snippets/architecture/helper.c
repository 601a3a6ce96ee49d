/* refcount_inc() is static inline:
 * give Rust a real symbol to call. */
#include <linux/refcount.h>

void rust_helper_refcount_inc(refcount_t *r)
{
	refcount_inc(r);
}
