/* lock protects calls and bytes */
struct counter {
	struct mutex lock;
	u64 calls;
	u64 bytes;
};

static void record(struct counter *c, u64 n)
{
	mutex_lock(&c->lock);
	c->calls++;
	c->bytes += n;
	mutex_unlock(&c->lock);
}
