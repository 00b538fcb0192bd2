package io.baton.taskqueue;

import io.baton.infra.KafkaProbe;
import io.baton.model.json.Json;
import io.baton.model.messaging.TaskDispatch;
import io.baton.model.messaging.TaskScheduled;
import io.baton.model.messaging.Topics;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import java.util.Map;
import java.util.UUID;

/** Worker tasks sent to task-queue as the decider sends them, on baton.task-dispatch. */
public record TaskDispatches(KafkaProbe kafka) {

    public Task dispatch(String taskType, String domain) {
        Task task = workerTask(taskType);
        task.setDomain(domain);
        offer(task);
        return task;
    }

    /** Sends the task on the queue of its type and domain. */
    public void offer(Task task) {
        kafka.send(Topics.TASK_DISPATCH, task.getWorkflowInstanceId(), Json.write(new TaskScheduled(
                UUID.randomUUID().toString(), task.getWorkflowInstanceId(), TaskDispatch.queueNameOf(task),
                System.currentTimeMillis(), task)));
    }

    public static Task workerTask(String taskType) {
        Task task = new Task();
        task.setTaskId(UUID.randomUUID().toString());
        task.setWorkflowInstanceId(UUID.randomUUID().toString());
        task.setTaskType(taskType);
        task.setTaskDefName(taskType);
        task.setReferenceTaskName(taskType + "_ref");
        task.setStatus(TaskStatus.SCHEDULED);
        task.setInputData(Map.of());
        task.setScheduledTime(System.currentTimeMillis());
        task.setResponseTimeoutSeconds(60);
        return task;
    }

    public static String unique(String name) {
        return name + "_" + UUID.randomUUID().toString().substring(0, 8);
    }
}
