package dev.raftlog.tck.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A stateful spec checking {@link BuggyStack} against a {@link Deque}; counts systems made and closed. */
class StackSpec implements StatefulSpec<Deque<Integer>, BuggyStack> {

    final List<BuggyStack> systems = new ArrayList<>();
    private final int keeps;

    /** Checks the stack that loses elements after three pushes. */
    StackSpec() {
        this(3);
    }

    /** Checks a stack that keeps {@code keeps} elements; {@code Integer.MAX_VALUE} is a correct stack. */
    StackSpec(int keeps) {
        this.keeps = keeps;
    }

    @Override
    public Deque<Integer> newModel() {
        return new ArrayDeque<>();
    }

    @Override
    public BuggyStack newSystem() {
        BuggyStack stack = new BuggyStack(keeps);
        systems.add(stack);
        return stack;
    }

    @Override
    public void closeSystem(BuggyStack system) {
        system.close();
    }

    @Override
    public Gen<? extends Command<Deque<Integer>, BuggyStack>> commands(Deque<Integer> model) {
        Gen<Command<Deque<Integer>, BuggyStack>> push = Gens.ints(0, 100).map(Push::new);
        Gen<Command<Deque<Integer>, BuggyStack>> size = Gens.constant(new Size());
        if (model.isEmpty()) {
            return Gens.oneOf(push, size);
        }
        return Gens.oneOf(push, size, Gens.constant(new Pop()));
    }

    @Override
    public String javaPreamble() {
        return "BuggyStack stack = new BuggyStack();";
    }

    @Override
    public String javaPostamble() {
        return "stack.close();";
    }

    record Push(int value) implements Command<Deque<Integer>, BuggyStack> {
        @Override
        public void run(Deque<Integer> model, BuggyStack system) {
            model.push(value);
            system.push(value);
        }

        @Override
        public String toJava() {
            return "stack.push(" + value + ");";
        }
    }

    record Pop() implements Command<Deque<Integer>, BuggyStack> {
        @Override
        public void run(Deque<Integer> model, BuggyStack system) {
            assertThat(system.pop()).as("pop").isEqualTo(model.pop());
        }

        @Override
        public String toJava() {
            return "assertThat(stack.pop()).isEqualTo(/* model */ ...);";
        }
    }

    record Size() implements Command<Deque<Integer>, BuggyStack> {
        @Override
        public void run(Deque<Integer> model, BuggyStack system) {
            assertThat(system.size()).as("size").isEqualTo(model.size());
        }

        @Override
        public String toJava() {
            return "stack.size();";
        }
    }
}
