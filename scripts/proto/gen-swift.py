#!/usr/bin/env python3
"""Generates the Swift side of proto/acs/v1 from the compiled descriptors (the FileDescriptorSet
`protoc-c --descriptor_set_out` writes, read by descriptors.py): for each .proto one file
Sources/ACSWire/Generated/<name>.pb.swift with its enums and messages as Swift structs (`V1.X`,
Codable for JSON output), their protobuf-c code (`ProtoCodable`), and its services' typed methods
(`Methods.<Service>`); Services.pb.swift, the role every method needs (`option (acs.v1.role)`);
and the round-trip tests of every message, Tests/ACSWireTests/Generated/RoundTrip.pb.swift.

Usage: scripts/proto/gen-swift.py [OUTDIR]
  no OUTDIR: writes into Sources/ACSWire/Generated and Tests/ACSWireTests/Generated (make proto)
  OUTDIR:    writes the same files into OUTDIR/Sources and OUTDIR/Tests (make check-proto)

Nothing is read from Swift. What the descriptors hold that the Swift mirrors cannot express
(oneof, map, proto3 optional, nested types in generated files, client streaming) stops the
generator with an error rather than producing a wrong mirror."""
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import descriptors  # noqa: E402

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROTO_ROOT = os.path.join(TOP, "proto")
PACKAGE = "acs.v1"
# options.proto declares the role option; it has no messages.
NOT_GENERATED = {"options.proto"}
SOURCES_DIR = os.path.join(TOP, "Sources", "ACSWire", "Generated")
TESTS_DIR = os.path.join(TOP, "Tests", "ACSWireTests", "Generated")
TESTS_FILE = "RoundTrip.pb.swift"
INDEX_FILE = "Services.pb.swift"
MAX_LINE = 124  # longer single-line inits are split, one parameter a line
MAX_SAMPLE_LINE = 120
ROLE_OPTION = 50001  # extend google.protobuf.MethodOptions { Role role = 50001; } in options.proto
ROLES = {1: None, 2: ".reader", 3: ".delivery", 4: ".operator", 5: ".admin"}  # acs.v1.Role → ACSCore.Role (ANYONE: nil)

SCALARS = {
    "string": ("String", '""'),
    "bool": ("Bool", "false"),
    "int32": ("Int32", "0"), "sint32": ("Int32", "0"), "sfixed32": ("Int32", "0"),
    "int64": ("Int64", "0"), "sint64": ("Int64", "0"), "sfixed64": ("Int64", "0"),
    "uint32": ("UInt32", "0"), "fixed32": ("UInt32", "0"),
    "uint64": ("UInt64", "0"), "fixed64": ("UInt64", "0"),
    "double": ("Double", "0"),
    "bytes": ("[UInt8]", "[]"),
}

SWIFT_KEYWORDS = {
    "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
    "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
    "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
    "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return",
    "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self",
    "super", "throws", "true", "try", "final", "async", "consume", "copy", "discard", "each", "macro",
    "package", "borrowing", "consuming", "some", "any",
}

class ProtoError(Exception):
    pass


# MARK: - Parsing


class Enum:
    def __init__(self, name, doc, file, swift_name=None):
        self.name, self.doc, self.file = name, doc, file
        self.swift_name = swift_name or name  # Outer.Name for an enum nested in a message
        self.values = []  # (proto name, number, doc lines, doc is a trailing comment)


class Field:
    def __init__(self, name, type, repeated, number, doc):
        self.name, self.type, self.repeated, self.number, self.doc = name, type, repeated, number, doc


class Message:
    def __init__(self, name, doc, file):
        self.name, self.doc, self.file = name, doc, file
        self.fields = []
        self.enums = []  # enums nested in the message


class Service:
    def __init__(self, name, doc):
        self.name, self.doc = name, doc
        self.methods = []  # (name, request, response, server streaming, doc, role: a Swift ACSCore.Role or None)


class ProtoFile:
    def __init__(self, name):
        self.name = name
        self.decls = []  # Enum and Message, in file order
        self.services = []


TYPES = {1: "double", 3: "int64", 4: "uint64", 5: "int32", 6: "fixed64", 7: "fixed32", 8: "bool", 9: "string",
         12: "bytes", 13: "uint32", 15: "sfixed32", 16: "sfixed64", 17: "sint32", 18: "sint64"}
REPEATED, MESSAGE, ENUM = 3, 11, 14


def comment_lines(text):
    """A protoc comment ("// a\n// b" arrives as " a\n b\n") as stripped lines."""
    return [line.strip() for line in (text or "").rstrip("\n").split("\n")] if text else []


def read_file(file):
    """A ProtoFile from one FileDescriptorProto, with the comments protoc kept (--include_source_info)."""
    name = os.path.basename(file["name"])
    comments = {tuple(loc["path"]): loc for loc in file.get("source_code_info", {}).get("location", [])}

    def leading(path):
        return comment_lines(comments.get(tuple(path), {}).get("leading_comments"))

    def trailing(path):
        return comment_lines(comments.get(tuple(path), {}).get("trailing_comments"))

    proto = ProtoFile(name)
    if file.get("package", PACKAGE) != PACKAGE:
        raise ProtoError(f"{name}: only package {PACKAGE} is supported")
    decls = [(5, i, e) for i, e in enumerate(file["enum_type"])] + [(4, i, m) for i, m in enumerate(file["message_type"])]
    decls.sort(key=lambda d: loc_line(comments, [d[0], d[1]]))
    def read_enum(decl, path, swift_name=None):
        enum = Enum(decl["name"], leading(path), name, swift_name)
        for j, value in enumerate(decl["value"]):
            after = trailing(path + [2, j])
            enum.values.append((value["name"], value["number"], after or leading(path + [2, j]), bool(after)))
        return enum

    for kind, i, decl in decls:
        path = [kind, i]
        if kind == 5:
            proto.decls.append(read_enum(decl, path))
            continue
        message = Message(decl["name"], leading(path), name)
        if decl["nested_type"] or decl["oneof_decl"]:
            raise ProtoError(f"{name}: {decl['name']} has a nested message or a oneof, which the mirrors cannot express")
        message.enums = [read_enum(e, path + [4, k], f"{decl['name']}.{e['name']}") for k, e in enumerate(decl["enum_type"])]
        for j, field in enumerate(decl["field"]):
            if field.get("type") in TYPES:
                type_name = TYPES[field["type"]]
            elif field.get("type") in (MESSAGE, ENUM):
                type_name = field["type_name"].lstrip(".")
            else:
                raise ProtoError(f"{name}: {decl['name']}.{field['name']} has a type the mirrors cannot express")
            doc = leading(path + [2, j]) + trailing(path + [2, j])
            message.fields.append(Field(field["name"], type_name, field.get("label") == REPEATED, field["number"], doc))
        proto.decls.append(message)
    for i, service in enumerate(file["service"]):
        block = Service(service["name"], leading([6, i]))
        for j, method in enumerate(service["method"]):
            where = f"{name}: {service['name']}.{method['name']}"
            if method.get("client_streaming"):
                raise ProtoError(f"{where}: client streaming is not supported")
            role = descriptors.option(method.get("options"), ROLE_OPTION)
            if role not in ROLES:
                raise ProtoError(f"{where}: every rpc says which role it needs: option (acs.v1.role) = READER; (or ANYONE, DELIVERY, OPERATOR, ADMIN)")
            block.methods.append((method["name"], method["input_type"].lstrip("."), method["output_type"].lstrip("."),
                                  bool(method.get("server_streaming")), leading([6, i, 2, j]), ROLES[role]))
        proto.services.append(block)
    return proto


def loc_line(comments, path):
    """The source line of a declaration, to keep the file's order of enums and messages."""
    loc = comments.get(tuple(path))
    return loc["span"][0] if loc and "span" in loc else 0


def compile_descriptors():
    """Runs protoc-c over proto/acs/v1 and reads the FileDescriptorSet it writes."""
    protos = sorted(os.path.relpath(os.path.join(d, f), PROTO_ROOT)
                    for d, _, files in os.walk(os.path.join(PROTO_ROOT, "acs")) for f in files if f.endswith(".proto"))
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "acs.desc")
        subprocess.run(["protoc-c", f"--proto_path={PROTO_ROOT}", "--proto_path=/usr/include", "--include_source_info",
                        f"--descriptor_set_out={out}", *protos], check=True)
        return [f for f in descriptors.load(out) if f["name"].startswith("acs/")]


# MARK: - Names and documentation


def camel(snake, upper_first=False):
    parts = snake.lower().split("_") if snake.isupper() else snake.split("_")
    parts = [p for p in parts if p]
    text = parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    return text[:1].upper() + text[1:] if upper_first else text


def escape(name):
    return f"`{name}`" if name in SWIFT_KEYWORDS else name


def proto_field_name(swift):
    """What ProtoRegistry does with a property name (`String.protoFieldName`)."""
    return "".join(("_" if i else "") + c.lower() if c.isupper() else c for i, c in enumerate(swift))


def upper_snake(name):
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).upper()


def case_name(enum, value):
    prefix = upper_snake(enum.name) + "_"
    rest = value[len(prefix):] if value.startswith(prefix) else value
    if re.fullmatch(r"[0-9]+_[0-9]+", rest or ""):
        low, high = rest.split("_")  # a range such as AGING_BUCKET_1_30 becomes days1To30
        return f"days{low}To{high}"
    if not rest or not rest[0].isalpha():
        raise ProtoError(f"{enum.name}.{value}: no Swift case name")
    return camel(rest)


def sentences(text):
    """Splits at `. ` before a capital letter, outside parentheses and quotes."""
    out, start, depth, quoted = [], 0, 0, False
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "." and depth == 0 and not quoted and text[i + 1:i + 2] == " " and text[i + 2:i + 3].isupper():
            out.append(text[start:i + 1].strip())
            start = i + 1
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def summary(lines):
    """The `///` text for a leading proto comment: its first sentence, or its first two when
    the first is a label like "Required." or "Required (> 0).". (Trailing comments, the
    ones of enum values, are taken whole.)"""
    text = " ".join(line for line in lines if line)
    if not text:
        return None
    parts = sentences(text)
    first = parts[0]
    if re.fullmatch(r"(Required|Optional)\b.{0,12}\.", first) and len(parts) > 1:
        first += " " + parts[1]
    return first


def doc(lines, indent, whole=False):
    text = " ".join(line for line in lines if line) if whole else summary(lines)
    return [f"{indent}/// {text}"] if text else []


# MARK: - The model of all protos


class Model:
    def __init__(self):
        self.files = {}
        for file in compile_descriptors():
            proto = read_file(file)
            self.files[proto.name] = proto
        self.types = {}
        for proto in self.files.values():
            for decl in proto.decls:
                if decl.name in self.types:
                    raise ProtoError(f"{decl.name} is declared in {self.types[decl.name].file} and {proto.name}")
                self.types[decl.name] = decl
                for nested in getattr(decl, "enums", []):
                    self.types[nested.swift_name] = nested
        self.generated_files = [name for name in sorted(self.files) if name not in NOT_GENERATED]
        self.generated = {decl.name for name in self.generated_files for decl in self.files[name].decls}

    def resolve(self, type_name, where):
        name = type_name[len(PACKAGE) + 1:] if type_name.startswith(PACKAGE + ".") else type_name
        if name not in self.types:
            raise ProtoError(f"{where}: unknown type {type_name}")
        return self.types[name]

    def swift_field(self, field, where):
        """(Swift type, default) of a field."""
        if field.type in SCALARS:
            swift, default = SCALARS[field.type]
        else:
            decl = self.resolve(field.type, where)
            if isinstance(decl, Enum):
                zero = [v for v in decl.values if v[1] == 0]
                if not zero:
                    raise ProtoError(f"{where}: enum {decl.name} has no zero value")
                swift, default = decl.swift_name, "." + escape(case_name(decl, zero[0][0]))
            elif field.repeated:
                swift, default = decl.name, None
            else:
                return f"{decl.name}?", "nil"
        if field.repeated:
            return f"[{swift}]", "[]"
        return swift, default


# MARK: - Mirrors


def property_name(message, field):
    name = camel(field.name)
    if proto_field_name(name) != field.name:
        raise ProtoError(f"{message.name}.{field.name}: property {name} does not map back to the field "
                         f"(ProtoRegistry turns it into {proto_field_name(name)})")
    return name


def render_enum(enum):
    out = doc(enum.doc, "    ")
    out.append(f"    public enum {enum.name}: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {{")
    seen = set()
    for value, number, value_doc, trailing in enum.values:
        name = case_name(enum, value)
        if name in seen:
            raise ProtoError(f"{enum.name}.{value}: duplicate case {name}")
        seen.add(name)
        out += doc(value_doc, "        ", whole=trailing)
        out.append(f"        case {escape(name)} = {number}")
    out += ["", "        /// The value's proto name without the enum's prefix, lower-cased.", "        public var name: String {",
            "            switch self {"]
    out += [f'            case .{escape(case_name(enum, value))}: "{value_name(enum, value)}"' for value, *_ in enum.values]
    out += ["            }", "        }", "",
            "        /// Encodes as its name, e.g. in `acsctl --json`.",
            "        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }", "",
            "        /// Decodes its name, or its number.",
            "        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }",
            "    }"]
    return out


def value_name(enum, value):
    """A value's proto name without the enum's prefix, lower-cased: HOLD_KIND_BREATHING_SPACE is breathing_space,
    the word acsd stores for the same value of the domain's closed set."""
    prefix = upper_snake(enum.name) + "_"
    return (value[len(prefix):] if value.startswith(prefix) else value).lower()


def render_message(model, message):
    out = doc(message.doc, "    ")
    out.append(f"    public struct {message.name}: Codable, Sendable, Hashable {{")
    out.append("        /// The protobuf message name.")
    out.append(f'        public static let protoName = "{PACKAGE}.{message.name}"')
    out.append("")
    for enum in message.enums:
        out += ["    " + line for line in render_enum(enum)] + [""]
    if not message.fields:
        out.append("        /// Creates the empty message.")
        out.append("        public init() {}")
        out.append("    }")
        return out
    params = []
    for field in message.fields:
        name = property_name(message, field)
        swift, default = model.swift_field(field, f"{message.name}.{field.name}")
        out += doc(field.doc, "        ")
        out.append(f"        public var {escape(name)}: {swift} = {default}")
        params.append((name, f"{escape(name)}: {swift} = {default}"))
    out.append("")
    out.append("        /// Creates a message; every field defaults to its proto default.")
    single = "        public init(" + ", ".join(p for _, p in params) + ") {"
    if len(single) <= MAX_LINE:
        out.append(single)
    else:
        out.append("        public init(")
        out += [f"            {p}," for _, p in params[:-1]]
        out.append(f"            {params[-1][1]}")
        out.append("        ) {")
    out += [f"            self.{escape(name)} = {escape(name)}" for name, _ in params]
    out.append("        }")
    out.append("    }")
    return out


def render_file(model, proto):
    """<name>.pb.swift: the mirrors of a file's enums and messages with their protobuf-c
    code, and its services' methods."""
    generated = proto.name in model.generated_files
    out = [f"// proto/acs/v1/{proto.name} in Swift: its enums and messages as `V1` mirrors with their protobuf-c",
           "// code (`ProtoCodable`), and the typed methods of its services.",
           "// Generated from the compiled descriptors by scripts/proto/gen-swift.py: do not edit; run 'make proto'."]
    if generated and proto.decls:
        out += ["", "extension V1 {"]
        for i, decl in enumerate(proto.decls):
            if i:
                out.append("")
            out += render_enum(decl) if isinstance(decl, Enum) else render_message(model, decl)
        out.append("}")
    for service in proto.services:
        out += render_methods(model, service)
    if generated:
        for decl in proto.decls:
            if isinstance(decl, Message):
                out += [""] + render_codec(model, decl)
    return "\n".join(out) + "\n"


def render_methods(model, service):
    out = ["", "extension Methods {", f"    /// The `{PACKAGE}.{service.name}` methods.",
           f"    public enum {service.name} {{", f'        private static let service = "{PACKAGE}.{service.name}"']
    for name, request, response, _, method_doc, _ in service.methods:
        for type_name in (request, response):
            if not isinstance(model.resolve(type_name, f"{service.name}.{name}"), Message):
                raise ProtoError(f"{service.name}.{name}: {type_name} is not a message")
        request, response = (model.resolve(t, name).name for t in (request, response))
        out += doc(method_doc, "        ")
        out.append(f"        public static let {escape(camel(name[:1].lower() + name[1:]))} = "
                   f"RPCMethod<V1.{request}, V1.{response}>(service: service, name: \"{name}\")")
    out += ["    }", "}"]
    return out


def render_index(model):
    """Services.pb.swift: every method's role by path, the one table AccessPolicy consults, and
    the protoc-c descriptors of the services (the one list of services)."""
    out = ["// Every acs.v1 method and the role it needs (nil: any connected caller), from `option (acs.v1.role)`.",
           "// Generated from the compiled descriptors by scripts/proto/gen-swift.py: do not edit; run 'make proto'.",
           "", "public import ACSCore", "import CACSProto", "import CProtobufC", "", "extension ServiceCatalog {",
           "    /// The role each method needs, by path; nil: any connected caller.",
           "    public static let requiredRoles: [String: Role?] = ["]
    for name in sorted(model.files):
        for service in model.files[name].services:
            for method, *_, role in service.methods:
                out.append(f'        "/{PACKAGE}.{service.name}/{method}": {role or "nil"},')
    out += ["    ]", "",
            "    /// The protoc-c descriptor of every service, by proto file name.",
            "    static var descriptors: [ProtobufCServiceDescriptor] {",
            "        ["]
    for name in sorted(model.files):
        for service in model.files[name].services:
            out.append(f"            acs__v1__{upper_snake(service.name).lower()}__descriptor,")
    out += ["        ]", "    }", "}"]
    return "\n".join(out) + "\n"


# MARK: - Round-trip tests


def group(number):
    digits = str(abs(number))
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return ("-" if number < 0 else "") + "_".join(groups)


class Samples:
    def __init__(self, model):
        self.model = model
        self.counter = 0

    def scalar(self, message, field):
        self.counter += 1
        n = self.counter
        swift = SCALARS[field.type][0]
        if swift == "String":
            return f'"{message.name}.{field.name}"'
        if swift == "Bool":
            return "true"
        if swift == "UInt32":
            return group(4_000_000_000 + n)
        if swift == "UInt64":
            return group(18_000_000_000_000_000_000 + n)
        if swift == "Int32":
            return group(-(2_000_000_000 + n))
        if swift == "Int64":
            return group(-(9_000_000_000_000_000_000 + n))
        if swift == "Double":
            return f"{n}.5"
        return f"[{n % 256}]"  # bytes

    def value(self, message, field):
        where = f"{message.name}.{field.name}"
        if field.type in SCALARS:
            return self.scalar(message, field)
        decl = self.model.resolve(field.type, where)
        if isinstance(decl, Enum):
            one = [v for v in decl.values if v[1] == 1]
            if not one:
                raise ProtoError(f"{where}: enum {decl.name} has no value 1")
            return "." + escape(case_name(decl, one[0][0]))
        if decl.name in self.model.generated:
            return ".sample"
        raise ProtoError(f"{where}: {decl.name} is not generated, so it has no sample value")

    def render(self, message):
        head = f"    static let sample = V1.{message.name}("
        args = []
        for field in message.fields:
            value = self.value(message, field)
            args.append(f"{escape(camel(field.name))}: " + (f"[{value}]" if field.repeated else value))
        out = [f"private extension V1.{message.name} {{"]
        single = head + ", ".join(args) + ")"
        if len(single) <= MAX_SAMPLE_LINE:
            out.append(single)
        else:
            out.append(head)
            out += [f"        {a}," for a in args[:-1]]
            out.append(f"        {args[-1]})")
        out.append("}")
        return out


def render_tests(model):
    files = [model.files[name] for name in model.generated_files]
    out = [
        "import ACSCore",
        "import ACSWire",
        "import Testing",
        "",
        "// Generated from the compiled descriptors of proto/acs/v1 by scripts/proto/gen-swift.py:",
        "// do not edit; run 'make proto'.",
        "// Round-trips every generated mirror with every field set (strings, nonzero numbers, true,",
        "// the enum case numbered 1, one-element arrays, nested samples) through libprotobuf-c, and",
        "// checks that a mirror with every field at its default is the empty encoding.",
    ]
    samples = Samples(model)
    for proto in files:
        out += ["", f"// MARK: - Samples: {proto.name}"]
        for decl in proto.decls:
            if isinstance(decl, Message):
                out.append("")
                out += samples.render(decl)
    for proto in files:
        stem = proto.name[:-len(".proto")]
        suite = camel(stem, upper_first=True) + "MirrorRoundTripTests"
        out += ["", f'@Suite("Generated mirrors of {proto.name} round-trip")', f"struct {suite} {{"]
        first = True
        for decl in proto.decls:
            if not isinstance(decl, Message):
                continue
            if not first:
                out.append("")
            first = False
            name = f"V1.{decl.name}"
            what = "with every field set" if decl.fields else "(it has no fields)"
            out += [
                f'    @Test("{name} round-trips {what}; its default is the empty encoding")',
                f"    func {escape(decl.name[:1].lower() + decl.name[1:])}() throws {{",
                f"        let sample = {name}.sample",
                f"        #expect(try {name}(wire: sample.wireBytes()) == sample)",
                f"        #expect({name}().wireBytes().isEmpty)",
                "    }",
            ]
        for service in proto.services:
            methods = [(camel(n[:1].lower() + n[1:]), n) for n, *_ in service.methods]
            out += [
                "",
                f'    @Test("Methods.{service.name} names every {PACKAGE}.{service.name} rpc")',
                f"    func {service.name[:1].lower() + service.name[1:]}Methods() {{",
                "        let paths = [",
            ]
            out += [f"            Methods.{service.name}.{escape(swift)}.path," for swift, _ in methods]
            out.append("        ]")
            out += [f'        #expect(paths[{i}] == "/{PACKAGE}.{service.name}/{n}")' for i, (_, n) in enumerate(methods)]
            out.append(f'        #expect(Set(paths) == ServiceCatalog.methodPaths.filter {{ $0.hasPrefix("/{PACKAGE}.{service.name}/") }})')
            out.append("    }")
        out.append("}")
    return "\n".join(out) + "\n"


# MARK: - Codecs


INTEGERS = {"int32", "sint32", "sfixed32", "int64", "sint64", "sfixed64", "uint32", "fixed32", "uint64", "fixed64"}


def codec_accessor(model, message, field):
    """The ProtoWriter / ProtoReader method for a field, and whether reading it can throw."""
    where = f"{message.name}.{field.name}"
    if field.type in INTEGERS:
        kind, throws = "integer", False
    elif field.type in ("string", "bool", "double", "bytes"):
        kind, throws = field.type, False
    else:
        decl = model.resolve(field.type, where)
        kind, throws = ("enumeration" if isinstance(decl, Enum) else "message"), True
    if field.repeated:
        if kind in ("bool", "double", "bytes"):
            raise ProtoError(f"{where}: repeated {field.type} has no ProtoCodable accessor")
        kind += "s"
    return kind, throws


def render_codec(model, message):
    swift_name, proto_name = message.name, f"{PACKAGE}.{message.name}"
    names = [f'"{f.name}"' for f in message.fields]
    out = [f"extension V1.{swift_name}: ProtoCodable {{",
           "    /// The fields, numbered as the code below uses them."]
    line = f"    public static let protoLayout = ProtoLayout(\"{proto_name}\", fields: [{', '.join(names)}])"
    if len(line) <= MAX_LINE:
        out.append(line)
    else:
        out.append(f"    public static let protoLayout = ProtoLayout(\"{proto_name}\", fields: [")
        row = ""
        for name in names:
            if row and len(row) + len(name) + 2 > MAX_LINE - 8:
                out.append("        " + row.rstrip())
                row = ""
            row += name + ", "
        out.append("        " + row.rstrip().rstrip(","))
        out.append("    ])")
    out += ["",
           "    /// Writes every field that differs from its default.",
           "    public func protoStore(_ cMessage: ProtoWriter) {"]
    for index, field in enumerate(message.fields):
        kind, _ = codec_accessor(model, message, field)
        out.append(f"        cMessage.{kind}({index}, self.{property_name(message, field)})")
    out += ["    }", "",
            "    /// Reads every field.",
            "    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {",
            "        self.init()"]
    for index, field in enumerate(message.fields):
        kind, throws = codec_accessor(model, message, field)
        out.append(f"        self.{property_name(message, field)} = {'try ' if throws else ''}cMessage.{kind}({index})")
    out += ["    }", "}"]
    return out


# MARK: - Main


def output_name(proto_name):
    return proto_name[:-len(".proto")] + ".pb.swift"


def main(argv):
    if len(argv) > 2 or (len(argv) == 2 and argv[1].startswith("-")):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    try:
        model = Model()
        sources = {output_name(name): render_file(model, model.files[name]) for name in model.generated_files}
        sources[INDEX_FILE] = render_index(model)
        tests = {TESTS_FILE: render_tests(model)}
    except (ProtoError, subprocess.CalledProcessError) as error:
        print(f"gen-swift: {error}", file=sys.stderr)
        return 1
    sources_dir, tests_dir = SOURCES_DIR, TESTS_DIR
    if len(argv) == 2:
        sources_dir, tests_dir = os.path.join(argv[1], "Sources"), os.path.join(argv[1], "Tests")
    for folder, files in ((sources_dir, sources), (tests_dir, tests)):
        os.makedirs(folder, exist_ok=True)
        for stale in set(os.listdir(folder)) - set(files):
            os.remove(os.path.join(folder, stale))
        for name, text in files.items():
            with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
