"""Data for small-dtypes.test (ONNX's small element types through plinth-run).

    small_dtypes.py write DIR
        DIR/raw/<dtype>.pb: 7 elements in raw_data (numpy_helper.from_array;
        4- and 2-bit values packed, the last byte partly used);
        DIR/int32/<dtype>.pb: 5 elements in int32_data (helper.make_tensor;
        4- and 2-bit values packed into each value);
        DIR/bad_*/: the raw set with one malformed file;
        DIR/i4.npy (ml_dtypes int4, saved as '<V1'), DIR/i8.npy.
    small_dtypes.py check DIR CONFORMANCE_DIR
        Checks plinth-run's outputs DIR/{raw,int32}/out_<dtype>.npy against
        onnx.numpy_helper.to_array of the input files, byte for byte, and
        run_conformance.compare on them and on wrong variants.
"""
import os
import shutil
import sys

import ml_dtypes
import numpy as np
from onnx import TensorProto, helper, numpy_helper

# (signature name, TensorProto type, ml_dtypes type, 7 values or bit patterns)
F8_BITS = [0x00, 0x80, 0x38, 0x7F, 0xFE, 0x01, 0x55]
TYPES = [
    ("f8e4m3fn", TensorProto.FLOAT8E4M3FN, ml_dtypes.float8_e4m3fn, F8_BITS),
    ("f8e4m3fnuz", TensorProto.FLOAT8E4M3FNUZ, ml_dtypes.float8_e4m3fnuz, F8_BITS),
    ("f8e5m2", TensorProto.FLOAT8E5M2, ml_dtypes.float8_e5m2, [0x00, 0x80, 0x3C, 0x7E, 0xFC, 0x01, 0x7B]),
    ("f8e5m2fnuz", TensorProto.FLOAT8E5M2FNUZ, ml_dtypes.float8_e5m2fnuz, F8_BITS),
    ("u4", TensorProto.UINT4, ml_dtypes.uint4, [0, 1, 7, 8, 15, 3, 12]),
    ("i4", TensorProto.INT4, ml_dtypes.int4, [-8, -1, 0, 1, 7, -5, 3]),
    ("f4e2m1", TensorProto.FLOAT4E2M1, ml_dtypes.float4_e2m1fn, [0x0, 0x8, 0x2, 0xF, 0x7, 0x1, 0x9]),
    ("f8e8m0", TensorProto.FLOAT8E8M0, ml_dtypes.float8_e8m0fnu, [0x7F, 0x00, 0xFF, 0x80, 0xFE, 0x01, 0x7E]),
    ("u2", TensorProto.UINT2, ml_dtypes.uint2, [0, 1, 2, 3, 3, 0, 2]),
    ("i2", TensorProto.INT2, ml_dtypes.int2, [-2, -1, 0, 1, -2, 1, 0]),
]
INTS = ("u4", "i4", "u2", "i2")


def array(name, mltype, values):
    if name in INTS:
        return np.array(values, dtype=mltype)
    return np.array(values, dtype=np.uint8).view(mltype)


def save(path, proto):
    with open(path, "wb") as f:
        f.write(proto.SerializeToString())


def write(out):
    for d in ("raw", "int32"):
        os.makedirs(os.path.join(out, d), exist_ok=True)
    for name, onnx_type, mltype, values in TYPES:
        a = array(name, mltype, values)
        raw = numpy_helper.from_array(a, name)
        assert raw.HasField("raw_data") and raw.data_type == onnx_type
        save(os.path.join(out, "raw", name + ".pb"), raw)
        # make_tensor converts the values and keeps them in int32_data.
        vals = a[:5].astype(np.int64 if name in INTS else np.float32).tolist()
        typed = helper.make_tensor(name, onnx_type, [5], vals)
        assert not typed.HasField("raw_data") and typed.int32_data
        save(os.path.join(out, "int32", name + ".pb"), typed)
        # int32_data is packed: two 4-bit or four 2-bit values per entry.
        if name in ("i4", "u2"):
            assert len(typed.int32_data) == (3 if name == "i4" else 2)

    def bad(dirname, name, dims, raw=None, int32=None):
        path = os.path.join(out, dirname)
        shutil.copytree(os.path.join(out, "raw"), path)
        t = TensorProto()
        t.name = name
        t.data_type = dict((n, o) for n, o, _, _ in TYPES)[name]
        t.dims.extend(dims)
        if raw is not None:
            t.raw_data = raw
        if int32 is not None:
            t.int32_data.extend(int32)
        save(os.path.join(path, name + ".pb"), t)

    bad("bad_raw", "i4", [7], raw=bytes(3))
    bad("bad_count", "u2", [7], int32=[0x1B])
    bad("bad_range", "f8e5m2", [7], int32=[0, 256, 0, 0, 0, 0, 0])
    bad("bad_range4", "f4e2m1", [7], int32=[-1, 0, 0, 0])
    np.save(os.path.join(out, "i4.npy"), np.zeros(7, dtype=ml_dtypes.int4))
    np.save(os.path.join(out, "i8.npy"), np.zeros(7, dtype=np.int8))


def check(out, conformance_dir):
    sys.path.insert(0, conformance_dir)
    from run_conformance import compare

    for d, n in (("raw", 7), ("int32", 5)):
        for name, _, mltype, _ in TYPES:
            proto = TensorProto()
            with open(os.path.join(out, d, name + ".pb"), "rb") as f:
                proto.ParseFromString(f.read())
            ref = numpy_helper.to_array(proto)
            assert ref.dtype == mltype and ref.shape == (n,), (d, name, ref)
            got = np.load(os.path.join(out, d, "out_" + name + ".npy"))
            where = f"{d}/{name}"
            # One byte per element: int8 for i4/i2, else uint8.
            assert got.dtype == (np.int8 if name in ("i4", "i2") else np.uint8), (where, got.dtype)
            assert got.shape == ref.shape, (where, got.shape)
            if name in INTS:
                expected = ref.astype(np.int64)  # sign- or zero-extended
            else:
                expected = ref.view(np.uint8)  # the bit pattern, low bits
            assert np.array_equal(got.astype(np.int64), expected.astype(np.int64)), (where, got, expected)
            assert compare("out", got, ref) is None, (where, compare("out", got, ref))

            # The comparison catches a wrong element and a wrong storage type.
            wrong = got.copy()
            wrong[2] ^= 1
            assert compare("out", wrong, ref) == \
                f"wrong result out (exact comparison: 1/{n} elements differ)", compare("out", wrong, ref)
            other = got.astype(np.uint8 if got.dtype == np.int8 else np.int8)
            storage = "int8" if name in ("i4", "i2") else "uint8"
            assert compare("out", other, ref) == \
                f"wrong dtype out: {other.dtype} != expected {ref.dtype} (as {storage})", compare("out", other, ref)

    # Floats compare by value: -0 matches 0 and any NaN matches any NaN; a
    # float4 byte must leave bits 4-7 clear.
    e4m3 = np.array([0x00, 0x7F], np.uint8).view(ml_dtypes.float8_e4m3fn)
    assert compare("out", np.array([0x80, 0xFF], np.uint8), e4m3) is None
    e5m2 = np.array([0x7D], np.uint8).view(ml_dtypes.float8_e5m2)
    assert compare("out", np.array([0x7E], np.uint8), e5m2) is None
    assert compare("out", np.array([0x7C], np.uint8), e5m2) == \
        "wrong result out (exact comparison: 1/1 elements differ)"
    f4 = np.array([0x2, 0xF], np.uint8).view(ml_dtypes.float4_e2m1fn)
    assert compare("out", np.array([0x12, 0x0F], np.uint8), f4) == \
        "wrong result out (float4_e2m1fn elements with bits 4-7 set: 1/2 elements)"
    i4 = np.array([-8, 7], ml_dtypes.int4)
    assert compare("out", np.array([-8, 7], np.int8), i4) is None
    assert compare("out", np.array([8, 7], np.int8), i4) == \
        "wrong result out (exact comparison: 1/2 elements differ)"
    assert compare("out", np.zeros((2, 1), np.int8), i4) == "wrong shape out: [2, 1] != expected [2]"
    print("ok")


if __name__ == "__main__":
    {"write": lambda: write(sys.argv[2]), "check": lambda: check(sys.argv[2], sys.argv[3])}[sys.argv[1]]()
