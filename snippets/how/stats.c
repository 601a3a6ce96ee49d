/* A device's counters in today's C, with cleanup.h (written for the talk). */
#include <linux/cleanup.h>
#include <linux/mutex.h>

struct stats {
	u64 calls, bytes;
};

/* #region shown */
struct dev {
	struct mutex lock; /* guards stats */
	struct stats stats;
};

void record(struct dev *d, u64 n)
{
	guard(mutex)(&d->lock);
	d->stats.calls++;
	d->stats.bytes += n;
}
/* #endregion shown */
