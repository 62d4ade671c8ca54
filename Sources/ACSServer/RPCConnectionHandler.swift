import ACSCore
import ACSWire
import CSystemd
import NIOCore
#if canImport(Glibc)
import Glibc
#endif

/// Serves one connection: decodes request frames, dispatches them, writes the
/// answers (in completion order, matched by `call_id`), and applies backpressure.
///
/// At most `maxInFlight` calls run as tasks at once; requests beyond
/// that (from the same read) wait in a queue, and reads stop while the queue is
/// not empty or the peer is not reading its answers (the channel is not
/// writable). They resume when that clears: backpressure, never a dropped call.
final class RPCConnectionHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = Never
    typealias OutboundOut = ByteBuffer

    private let router: RPCRouter
    private let stats: ServerStats
    private let maxInFlight: Int
    private let maxAnswerBytes: Int
    private var caller = CallerIdentity(uid: UInt32.max, gid: UInt32.max, pid: 0)
    private var running: [UInt64: PendingCall] = [:]
    private var queued = CircularBuffer<QueuedCall>()
    private var nextCallKey: UInt64 = 0
    private var readPending = false
    private var draining = false
    private var closed = false
    private var taskExecutor: EventLoopTaskExecutor?

    private let authorize: (@Sendable (RPCContext) -> ACSError?)?
    private let recordCall: RPCCallRecorder?
    private let limits: ConnectionLimits
    private var admitted = false

    init(router: RPCRouter, stats: ServerStats, maxInFlight: Int, maxAnswerBytes: Int, limits: ConnectionLimits,
         authorize: (@Sendable (RPCContext) -> ACSError?)?, recordCall: RPCCallRecorder?) {
        self.recordCall = recordCall
        self.maxAnswerBytes = maxAnswerBytes
        self.router = router
        self.stats = stats
        self.maxInFlight = maxInFlight
        self.limits = limits
        self.authorize = authorize
    }

    func channelActive(context: ChannelHandlerContext) {
        stats.connectionOpened()
        caller = PeerCredentials.read(of: context.channel) ?? caller
        if let refusal = limits.admit(uid: caller.uid) {
            stats.connectionRefused()
            answerAndClose(context: context, refusal)
        } else {
            admitted = true
        }
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        closed = true
        if admitted { limits.release(uid: caller.uid) }
        stats.connectionClosed()
        for call in running.values { call.timeout?.cancel() }
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !closed else { return }
        let body = unwrapInboundIn(data)
        let request: V1.RequestFrame
        do {
            request = try V1.RequestFrame(body: body)
        } catch {
            let message = "undecodable request frame (\(body.readableBytes) bytes): \(error.message)"
            answerAndClose(context: context, ACSError(.invalidArgument, message))
            return
        }
        dispatch(request, context: context)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        context.flush()
        context.fireChannelReadComplete()
    }

    func read(context: ChannelHandlerContext) {
        if isSaturated(context) || draining {
            readPending = true
        } else {
            context.read()
        }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        resumeReadingIfPossible(context: context)
        context.fireChannelWritabilityChanged()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if let error = error as? FrameTooLargeError {
            let message = "frame of \(error.length) bytes exceeds the limit of \(error.limit) bytes"
            answerAndClose(context: context, ACSError(.resourceExhausted, message))
        } else {
            context.close(promise: nil)
        }
    }

    /// A drain (shutdown) or the peer's end of input (half-close): answer what
    /// was asked, then close.
    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case is DrainEvent, ChannelEvent.inputClosed:
            draining = true
            closeIfDrained(context: context)
        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    // MARK: - Calls

    private func dispatch(_ request: V1.RequestFrame, context: ChannelHandlerContext) {
        let callContext = RPCContext(caller: caller, method: request.method, requestID: stats.nextRequestID())
        let started = ContinuousClock.now
        if draining {
            return write(V1.ResponseFrame(callId: request.callId, error: Self.shuttingDown), context: context,
                         call: AnsweredCall(method: router.lookup(request.method).id, started: started))
        }
        guard request.callId != 0 else {
            return write(V1.ResponseFrame(callId: 0, error: Self.reservedCallID), context: context,
                         call: AnsweredCall(method: router.lookup(request.method).id, started: started))
        }
        let (method, routed) = router.lookup(request.method)
        let call = AnsweredCall(method: method, started: started)
        let route = routed.flatMap { handler -> Result<RPCHandler, ACSError> in
            authorize?(callContext).map { .failure($0) } ?? .success(handler)
        }
        switch route {
        case .failure(let error):
            stats.inlineCallAnswered()
            write(V1.ResponseFrame(callId: request.callId, error: error, requestId: callContext.requestID), context: context, call: call)
        case .success(.inline(let handler)):
            stats.inlineCallAnswered()
            write(V1.ResponseFrame(callId: request.callId, result: handler(request.payload, callContext), requestId: callContext.requestID),
                  context: context, call: call)
        case .success(.async(let handler)):
            enqueue(request, handler: handler, callContext: callContext, call: call, context: context)
        case .success(.onEventLoop(let handler)):
            enqueue(request, handler: handler, onEventLoop: true, callContext: callContext, call: call, context: context)
        case .success(.stream(let handler)):
            let writer = streamWriter(callID: request.callId, requestID: callContext.requestID, context: context)
            enqueue(request, handler: { payload, callContext in await handler(payload, callContext, writer) }, callContext: callContext,
                    call: call, context: context)
        }
    }

    private func enqueue(_ request: V1.RequestFrame, handler: @escaping @Sendable ([UInt8], RPCContext) async -> Result<[UInt8], ACSError>,
                         onEventLoop: Bool = false, callContext: RPCContext, call: AnsweredCall, context: ChannelHandlerContext) {
        if running.count < maxInFlight {
            start(request, handler: handler, onEventLoop: onEventLoop, callContext: callContext, call: call, context: context)
        } else {
            queued.append(QueuedCall(request: request, handler: handler, onEventLoop: onEventLoop, context: callContext, call: call))
        }
    }

    /// A writer of a streaming call's chunks: each waits until its frame was written.
    private func streamWriter(callID: UInt64, requestID: String, context: ChannelHandlerContext) -> RPCStreamWriter {
        let loop = context.eventLoop
        let bound = NIOLoopBound((handler: self, context: context), eventLoop: loop)
        return RPCStreamWriter { bytes in
            let promise = loop.makePromise(of: Void.self)
            loop.execute {
                let (handler, context) = bound.value
                guard !handler.closed else { return promise.succeed() }
                var buffer = context.channel.allocator.buffer(capacity: 32 + bytes.count)
                handler.bounded(V1.ResponseFrame(callId: callID, payload: bytes, endOfStream: false, requestId: requestID)).write(framedTo: &buffer)
                context.writeAndFlush(handler.wrapOutboundOut(buffer), promise: promise)
            }
            try? await promise.futureResult.get()
        }
    }

    /// The executor of tasks that run on this connection's loop (`RPCHandler.onEventLoop`).
    private func loopExecutor(_ loop: any EventLoop) -> EventLoopTaskExecutor {
        if let executor = taskExecutor { return executor }
        let executor = EventLoopTaskExecutor(loop)
        taskExecutor = executor
        return executor
    }

    private func isSaturated(_ context: ChannelHandlerContext) -> Bool {
        running.count >= maxInFlight || !queued.isEmpty || !context.channel.isWritable
    }

    private func startQueued(context: ChannelHandlerContext) {
        while running.count < maxInFlight, let next = queued.popFirst() {
            start(next.request, handler: next.handler, onEventLoop: next.onEventLoop, callContext: next.context, call: next.call, context: context)
        }
    }

    private func start(
        _ request: V1.RequestFrame,
        handler: @escaping @Sendable ([UInt8], RPCContext) async -> Result<[UInt8], ACSError>,
        onEventLoop: Bool,
        callContext: RPCContext,
        call answered: AnsweredCall,
        context: ChannelHandlerContext
    ) {
        let key = nextCallKey
        nextCallKey &+= 1
        stats.callStarted()
        let loop = context.eventLoop
        let bound = NIOLoopBound((handler: self, context: context), eventLoop: loop)
        let payload = request.payload
        let callID = request.callId
        let requestID = callContext.requestID
        let deadline = request.timeoutMs > 0
            ? ContinuousClock.now + .milliseconds(Int64(request.timeoutMs)) : nil
        let body: @Sendable () async -> Void = {
            let result = await CallDeadline.$current.withValue(deadline) { await handler(payload, callContext) }
            loop.execute {
                bound.value.handler.finish(key: key, frame: V1.ResponseFrame(callId: callID, result: result, requestId: requestID), context: bound.value.context)
            }
        }
        // A caller's only call in flight runs on the loop (two wake-ups fewer); while it has others,
        // they run on the cooperative pool, so that one busy connection's handlers use every core.
        let task = onEventLoop && running.isEmpty ? Task(executorPreference: loopExecutor(loop), operation: body) : Task(operation: body)
        let call = PendingCall(task: task, answered: answered)
        running[key] = call
        if request.timeoutMs > 0 {
            call.timeout = loop.scheduleTask(in: .milliseconds(Int64(request.timeoutMs))) {
                let error = ACSError(.deadlineExceeded, Self.deadlineMessage(request.timeoutMs))
                bound.value.handler.finish(key: key, frame: V1.ResponseFrame(callId: callID, error: error, requestId: requestID), context: bound.value.context)
            }
        }
    }

    /// Answers a running call once (the handler's result or its deadline, whichever is first).
    private func finish(key: UInt64, frame: V1.ResponseFrame, context: ChannelHandlerContext) {
        guard let call = running.removeValue(forKey: key) else { return }
        call.cancel()
        stats.callFinished()
        guard !closed else { return observe(frame, call.answered) }
        write(frame, context: context, call: call.answered)
        context.flush()
        startQueued(context: context)
        resumeReadingIfPossible(context: context)
        closeIfDrained(context: context)
    }

    private func write(_ frame: V1.ResponseFrame, context: ChannelHandlerContext, call: AnsweredCall) {
        let frame = bounded(frame)
        var buffer = context.channel.allocator.buffer(capacity: 32 + frame.payload.count)
        frame.write(framedTo: &buffer)
        context.write(wrapOutboundOut(buffer), promise: nil)
        observe(frame, call)
    }

    /// Tells the observer (acsd's metrics) of a call's answer.
    private func observe(_ frame: V1.ResponseFrame, _ call: AnsweredCall) {
        recordCall?(call.method, frame.status.map { ACSError.Code(rawValue: $0.code.rawValue) } ?? .ok, .now - call.started)
    }

    /// An answer larger than a frame may be is replaced by RESOURCE_EXHAUSTED: a client could
    /// not read it, and acsd would hold it in memory for nothing.
    private func bounded(_ frame: V1.ResponseFrame) -> V1.ResponseFrame {
        guard frame.payload.count > maxAnswerBytes else { return frame }
        let error = ACSError(.resourceExhausted, "the answer of \(frame.payload.count) bytes exceeds the limit of \(maxAnswerBytes) bytes; ask for less (a smaller page)")
        return V1.ResponseFrame(callId: frame.callId, error: error, requestId: frame.requestId)
    }

    private func answerAndClose(context: ChannelHandlerContext, _ error: ACSError) {
        guard !closed else { return }
        closed = true
        var buffer = context.channel.allocator.buffer(capacity: 64)
        V1.ResponseFrame(callId: 0, error: error).write(framedTo: &buffer)
        context.writeAndFlush(wrapOutboundOut(buffer)).assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }

    private func resumeReadingIfPossible(context: ChannelHandlerContext) {
        guard readPending, !isSaturated(context), !draining else { return }
        readPending = false
        context.read()
    }

    private func closeIfDrained(context: ChannelHandlerContext) {
        guard draining, running.isEmpty, queued.isEmpty, !closed else { return }
        closed = true
        // Writes complete in order: once this empty one is out, every answer before it
        // is too (a large answer may still be in the socket's buffer when we get here).
        context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(capacity: 0))).assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }

    /// What DEADLINE_EXCEEDED says: a write may have been applied (its transaction may have begun
    /// before the deadline); one that had not begun never will be.
    static func deadlineMessage(_ milliseconds: UInt32) -> String {
        "deadline of \(milliseconds) ms exceeded; a write may still have been applied: "
            + "retry with the same idempotency key, or read back, to learn its outcome"
    }

    private static let reservedCallID = ACSError.invalidArgument(
        field: "call_id", "call_id 0 is reserved for connection-level errors; number calls from 1")
    private static let shuttingDown = ACSError(.unavailable, "acsd is shutting down; retry when it is back")
}

/// Sent down every connection when the server drains: finish what runs, then close.
struct DrainEvent: Sendable {}

/// What the recorder of answered calls is told: the method's id, and when its frame was read.
private struct AnsweredCall {
    let method: Int
    let started: ContinuousClock.Instant
}

/// A call waiting for a free in-flight slot.
private struct QueuedCall {
    let request: V1.RequestFrame
    let handler: @Sendable ([UInt8], RPCContext) async -> Result<[UInt8], ACSError>
    let onEventLoop: Bool
    let context: RPCContext
    let call: AnsweredCall
}

/// A call running as a task.
private final class PendingCall {
    let task: Task<Void, Never>
    let answered: AnsweredCall
    var timeout: Scheduled<Void>?

    init(task: Task<Void, Never>, answered: AnsweredCall) {
        self.task = task
        self.answered = answered
    }

    func cancel() {
        timeout?.cancel()
        task.cancel()
    }
}
