"""Starts the indikator kernel as Jupyter does, times its start, interrupts a looping Java cell and runs the next.

Prints "start SECONDS" and "interrupt SECONDS"; exits non-zero when something is wrong. Run by KernelProtocolIT.
"""
import sys
import time

from jupyter_client.manager import start_new_kernel


def reply_to(kc, msg_id, timeout):
    end = time.time() + timeout
    while time.time() < end:
        msg = kc.get_shell_msg(timeout=max(0.1, end - time.time()))
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg
    raise AssertionError("no reply")


def main():
    t0 = time.time()
    km, kc = start_new_kernel(kernel_name="indikator", startup_timeout=60)
    print(f"start {time.time() - t0:.2f}", flush=True)
    try:
        warm = reply_to(kc, kc.execute('java {\n    System.out.println("warm");\n}'), 60)
        assert warm["content"]["status"] == "ok", warm["content"]
        looping = kc.execute("java {\n    while (true) { }\n}")
        time.sleep(1.5)
        t1 = time.time()
        km.interrupt_kernel()
        reply = reply_to(kc, looping, 10)
        latency = time.time() - t1
        print(f"interrupt {latency:.2f}", flush=True)
        assert reply["content"]["status"] == "error", reply["content"]
        assert reply["content"]["ename"] == "Interrupted", reply["content"]
        assert latency < 2.0, latency
        after = reply_to(kc, kc.execute('java {\n    System.out.println("after");\n}'), 10)
        assert after["content"]["status"] == "ok", after["content"]
        print("next cell ok", flush=True)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
    assert not km.is_alive(), "the kernel did not stop"
    print("shutdown ok", flush=True)


if __name__ == "__main__":
    try:
        main()
    except AssertionError as e:
        print(f"failed: {e}", file=sys.stderr)
        sys.exit(1)
