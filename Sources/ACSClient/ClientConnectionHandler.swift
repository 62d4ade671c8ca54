import ACSCore
import ACSWire
import NIOCore

/// The client side of one connection: numbers calls, writes their frames and
/// completes each call's promise when its answer (or its deadline) comes.
final class ClientConnectionHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private var pending: [UInt64: PendingCall] = [:]
    private var nextCallID: UInt64 = 1
    private var inReadBurst = false
    private var context: ChannelHandlerContext?
    private var closedError: ACSError?

    func handlerAdded(context: ChannelHandlerContext) { self.context = context }

    func handlerRemoved(context: ChannelHandlerContext) { self.context = nil }

    /// Sends a call; must run on the channel's event loop.
    /// `onChunk`, when given, takes each chunk of a streaming answer as it arrives (on the
    /// event loop: while it runs, nothing more is read, which holds acsd's stream back)
    /// instead of keeping them for the answer.
    func send(method: String, payload: [UInt8], timeout: Duration?, promise: EventLoopPromise<ClientAnswer>,
              onChunk: (@Sendable ([UInt8]) throws -> Void)? = nil) {
        guard let context, closedError == nil else {
            return promise.fail(closedError ?? ACSError(.unavailable, "the connection to acsd is closed"))
        }
        let callID = nextCallID
        nextCallID &+= 1
        var call = PendingCall(promise: promise)
        call.onChunk = onChunk
        var milliseconds: UInt32 = 0
        if let timeout {
            milliseconds = UInt32(clamping: max(1, timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000))
            call.timeout = context.eventLoop.assumeIsolated().scheduleTask(in: .milliseconds(Int64(milliseconds))) {
                self.fail(callID, ACSError(.deadlineExceeded, "\(method): no answer within \(milliseconds) ms"))
            }
        }
        pending[callID] = call
        var buffer = context.channel.allocator.buffer(capacity: 32 + method.utf8.count + payload.count)
        V1.RequestFrame(callId: callID, method: method, payload: payload, timeoutMs: milliseconds).write(framedTo: &buffer)
        context.write(wrapOutboundOut(buffer), promise: nil)
        if !inReadBurst { context.flush() }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        inReadBurst = true
        let frame: V1.ResponseFrame
        do {
            frame = try V1.ResponseFrame(body: unwrapInboundIn(data))
        } catch {
            return failAll(ACSError(.internal, "acsd sent an undecodable frame: \(error.message)"), context: context)
        }
        guard frame.callId != 0 else {
            return failAll(frame.error ?? ACSError(.internal, "acsd sent a frame for call 0"), context: context)
        }
        guard frame.endOfStream else {
            // A chunk of a streaming answer: handed over, or kept until the call's last frame.
            guard let onChunk = pending[frame.callId]?.onChunk else {
                pending[frame.callId]?.chunks.append(frame.payload)
                return
            }
            do { try onChunk(frame.payload) } catch { fail(frame.callId, ACSError(from: error)) }
            return
        }
        guard let call = pending.removeValue(forKey: frame.callId) else { return }
        call.timeout?.cancel()
        if let error = frame.error {
            call.promise.fail(error)
        } else {
            call.promise.succeed(ClientAnswer(payload: frame.payload, requestID: frame.requestId, chunks: call.chunks))
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        inReadBurst = false
        context.flush()
    }

    func channelInactive(context: ChannelHandlerContext) {
        failAll(ACSError(.unavailable, "the connection to acsd closed"), context: context)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        failAll(ACSError(.unavailable, "connection to acsd failed: \(error)"), context: context)
    }

    private func fail(_ callID: UInt64, _ error: ACSError) {
        pending.removeValue(forKey: callID)?.promise.fail(error)
    }

    private func failAll(_ error: ACSError, context: ChannelHandlerContext) {
        closedError = closedError ?? error
        let calls = pending
        pending = [:]
        for call in calls.values {
            call.timeout?.cancel()
            call.promise.fail(error)
        }
        context.close(promise: nil)
    }
}

private struct PendingCall {
    let promise: EventLoopPromise<ClientAnswer>
    var timeout: Scheduled<Void>?
    /// The chunks of a streaming answer received so far.
    var chunks: [[UInt8]] = []
    /// Takes each chunk instead, when set.
    var onChunk: (@Sendable ([UInt8]) throws -> Void)?

    init(promise: EventLoopPromise<ClientAnswer>) { self.promise = promise }
}

/// A successful answer: the response bytes and acsd's id of the call.
struct ClientAnswer: Sendable {
    let payload: [UInt8]
    let requestID: String
    /// For a streaming call: the chunks before the last frame.
    var chunks: [[UInt8]] = []
}
