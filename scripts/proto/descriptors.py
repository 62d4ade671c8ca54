"""Reads a FileDescriptorSet (protoc --descriptor_set_out) without the protobuf package:
the few fields of descriptor.proto a code generator needs, decoded from the wire format."""

def _varint(data, i):
    value = shift = 0
    while True:
        byte = data[i]; i += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80: return value, i
        shift += 7

def fields(data):
    """Yields (number, wire type, value) of a message: ints for varints, bytes otherwise."""
    i = 0
    while i < len(data):
        tag, i = _varint(data, i)
        number, kind = tag >> 3, tag & 7
        if kind == 0: value, i = _varint(data, i)
        elif kind == 1: value, i = data[i:i + 8], i + 8
        elif kind == 5: value, i = data[i:i + 4], i + 4
        elif kind == 2:
            length, i = _varint(data, i)
            value, i = data[i:i + length], i + length
        else: raise ValueError(f"wire type {kind} in a descriptor")
        yield number, kind, value

def decode(data, schema):
    """A dict from a message per `schema`: {number: (name, kind, repeated)}, kind 'str', 'int'
    or a nested schema; fields the schema does not name are kept under their number."""
    out = {name: [] for name, _, repeated in schema.values() if repeated}
    for number, _, value in fields(data):
        if number not in schema:
            out.setdefault(number, []).append(value); continue
        name, kind, repeated = schema[number]
        if kind == 'str': value = value.decode()
        elif kind not in ('int', 'packed'): value = decode(value, kind)
        if repeated: out[name].append(value)
        else: out[name] = value
    return out

OPTIONS = {}  # options are kept raw (by number): custom options are read by their extension number
FIELD = {1: ('name', 'str', False), 3: ('number', 'int', False), 4: ('label', 'int', False), 5: ('type', 'int', False),
         6: ('type_name', 'str', False), 8: ('options', OPTIONS, False), 9: ('oneof_index', 'int', False),
         10: ('json_name', 'str', False), 17: ('proto3_optional', 'int', False)}
ENUM_VALUE = {1: ('name', 'str', False), 2: ('number', 'int', False)}
ENUM = {1: ('name', 'str', False), 2: ('value', ENUM_VALUE, True)}
ONEOF = {1: ('name', 'str', False)}
MESSAGE = {1: ('name', 'str', False), 2: ('field', FIELD, True), 4: ('enum_type', ENUM, True), 8: ('oneof_decl', ONEOF, True),
           7: ('options', OPTIONS, False)}
MESSAGE[3] = ('nested_type', MESSAGE, True)
METHOD = {1: ('name', 'str', False), 2: ('input_type', 'str', False), 3: ('output_type', 'str', False),
          4: ('options', OPTIONS, False), 5: ('client_streaming', 'int', False), 6: ('server_streaming', 'int', False)}
SERVICE = {1: ('name', 'str', False), 2: ('method', METHOD, True)}
LOCATION = {1: ('path', 'packed', False), 2: ('span', 'packed', False), 3: ('leading_comments', 'str', False), 4: ('trailing_comments', 'str', False)}
SOURCE_INFO = {1: ('location', LOCATION, True)}
FILE = {1: ('name', 'str', False), 2: ('package', 'str', False), 3: ('dependency', 'str', True), 4: ('message_type', MESSAGE, True),
        5: ('enum_type', ENUM, True), 6: ('service', SERVICE, True), 7: ('extension', FIELD, True),
        9: ('source_code_info', SOURCE_INFO, False), 12: ('syntax', 'str', False)}
SET = {1: ('file', FILE, True)}

def packed(data):
    out, i = [], 0
    while i < len(data):
        value, i = _varint(data, i); out.append(value)
    return out

def load(path):
    data = open(path, 'rb').read()
    result = decode(data, SET)
    for file in result['file']:
        for loc in file.get('source_code_info', {}).get('location', []):
            loc['path'] = packed(loc.get('path', b''))
            loc['span'] = packed(loc.get('span', b''))
    return result['file']

def option(options, number):
    """The varint value of custom option `number` in a raw options dict, or None."""
    values = options.get(number) if options else None
    return values[-1] if values else None
