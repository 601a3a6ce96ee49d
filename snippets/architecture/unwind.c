static int __init demo_init(void)
{
	table = kcalloc(128, sizeof(*table), GFP_KERNEL);
	if (!table)
		return -ENOMEM;
	scratch = kzalloc(64, GFP_KERNEL);
	if (!scratch)
		goto free_table;
	return 0;
free_table:
	kfree(table);
	return -ENOMEM;
}
static void __exit demo_exit(void)
{
	kfree(scratch);
	kfree(table);
}
