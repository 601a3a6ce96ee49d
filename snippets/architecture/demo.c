static u32 *table;

static int __init demo_init(void)
{
	table = kcalloc(128, sizeof(*table), GFP_KERNEL);
	if (!table)
		return -ENOMEM;
	pr_info("demo: ready\n");
	return 0;
}
static void __exit demo_exit(void)
{
	kfree(table);
}
module_init(demo_init);
module_exit(demo_exit);
MODULE_LICENSE("GPL");
