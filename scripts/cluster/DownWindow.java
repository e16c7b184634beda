/** When an instance was down on purpose (stopped and started again by the fault schedule), in ms. */
record DownWindow(int instance, long from, long to) {}
