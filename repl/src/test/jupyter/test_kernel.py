"""The indikator kernel under Debian's jupyter_kernel_test: the protocol's messages, validated against the spec.

Run by KernelProtocolIT (repl) with JUPYTER_PATH naming a folder whose kernels/indikator points at the built jar.
"""
import unittest

import jupyter_kernel_test


class IndikatorKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "indikator"
    language_name = "indikator"
    file_extension = ".ind"

    code_hello_world = 'java {\n    System.out.println("hello, world");\n}'

    code_stderr = 'list a = "x", "y"\nlist a = "x", "z"'

    completion_samples = [
        {"text": "catal", "matches": {"catalogue", "catalog"}},
        {"text": "standardis", "matches": {"standardisation", "standardise"}},
    ]

    complete_code_samples = ["catalogue", "set language en", "java {\n}"]
    incomplete_code_samples = ["show x by", "indicator a {", 'data d = read "x']
    invalid_code_samples = ["show x by )", "}"]

    code_display_data = [
        {"code": "#' # A heading\n#' Some prose.", "mime": "text/markdown"},
    ]

    code_execute_result = [
        {"code": "catalogue", "mime": "text/plain"},
    ]

    code_history_pattern = "catal*"
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "amenable"

    code_generate_error = "show nothing_declared_here"


if __name__ == "__main__":
    unittest.main()
